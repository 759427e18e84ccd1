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
        Receive<VoiceStep>(step =>
        {
            _step = step;
            PlanWhenReady(voice, channel, session);
        });
        Receive<StepAnnounced>(announced =>
        {
            _announced = announced;
            PlanWhenReady(voice, channel, session);
        });
        Receive<StepPriced>(priced =>
        {
            _priced = priced;
            PlanWhenReady(voice, channel, session);
        });
    }

    // Three senders, one step in flight at a time: the voice plans once all three have spoken of the same step.
    private void PlanWhenReady(IVoice voice, int channel, IActorRef session)
    {
        if (_step is not { } step || _announced is not { } announced || _priced is not { } priced
            || step.Step != announced.Span.Step || priced.Step != announced.Span.Step)
        {
            return;
        }

        (_step, _announced, _priced) = (null, null, null);
        session.Tell(VoicePlanning.Plan(voice, channel, step, announced, priced));
    }

    /// <summary>The props of a voice actor.</summary>
    public static Props Props(IVoice voice, int channel, IActorRef session) => Akka.Actor.Props.Create(() => new VoiceActor(voice, channel, session));
}
