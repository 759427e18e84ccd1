using Akka.Actor;
using static Auralis.Engine.Steps.StepMessages;

namespace Auralis.Engine.Voices;

/// <summary>One line of the music (<c>voices/soprano</c>, <c>alto</c>, <c>bass</c>, <c>perc</c>): plans its notes for each priced step.</summary>
public sealed class VoiceActor : ReceiveActor
{
    /// <summary>Plans with <paramref name="voice"/> on channel <paramref name="channel"/> and answers <paramref name="session"/>.</summary>
    public VoiceActor(IVoice voice, int channel, IActorRef session) =>
        Receive<StepPriced>(priced => session.Tell(VoicePlanning.Plan(voice, channel, priced)));

    /// <summary>The props of a voice actor.</summary>
    public static Props Props(IVoice voice, int channel, IActorRef session) => Akka.Actor.Props.Create(() => new VoiceActor(voice, channel, session));
}
