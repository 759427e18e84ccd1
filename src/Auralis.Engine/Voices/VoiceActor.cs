using Akka.Actor;
using static Auralis.Engine.Steps.StepMessages;

namespace Auralis.Engine.Voices;

/// <summary>
/// One line of the music (<c>voices/soprano</c>, <c>alto</c>, <c>bass</c>, <c>perc</c>): plans its notes for each step
/// once the session's dials, the clock's announcement and the ticker's price for it are in.
/// </summary>
public sealed class VoiceActor : ReceiveActor
{
    private VoiceStep? _step;
    private StepAnnounced? _announced;
    private StepPriced? _priced;

    /// <summary>Plans with <paramref name="voice"/> on channel <paramref name="channel"/> and answers <paramref name="session"/>.</summary>
    public VoiceActor(IVoice voice, int channel, IActorRef session)
    {
        Receive<VoiceStep>(step => PlanWhenReady(voice, channel, session, _step = step, _announced, _priced));
        Receive<StepAnnounced>(announced => PlanWhenReady(voice, channel, session, _step, _announced = announced, _priced));
        Receive<StepPriced>(priced => PlanWhenReady(voice, channel, session, _step, _announced, _priced = priced));
    }

    // Three senders, one step in flight at a time: the voice plans once all three have spoken of the same step.
    private void PlanWhenReady(IVoice voice, int channel, IActorRef session, VoiceStep? step, StepAnnounced? announced, StepPriced? priced)
    {
        if (step is null || announced is null || priced is null || step.Step != announced.Span.Step || priced.Step != announced.Span.Step)
        {
            return;
        }

        (_step, _announced, _priced) = (null, null, null);
        session.Tell(VoicePlanning.Plan(voice, channel, step, announced, priced));
    }

    /// <summary>The props of a voice actor.</summary>
    public static Props Props(IVoice voice, int channel, IActorRef session) => Akka.Actor.Props.Create(() => new VoiceActor(voice, channel, session));
}
