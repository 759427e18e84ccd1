using Akka.Actor;
using Auralis.Engine.Voices;
using static Auralis.Engine.Steps.StepMessages;

namespace Auralis.Engine.Clock;

/// <summary>
/// The session's harmonic clock (<c>clock</c>): announces each step the session opens, in the regime the ticker names for
/// it, and hands the announcement to each voice and to the session.
/// </summary>
public sealed class HarmonicClockActor : ReceiveActor
{
    /// <summary>The actor's name in the session's tree.</summary>
    public const string Name = "clock";

    private AnnounceStep? _request;
    private PhraseRegime? _phrase;

    /// <summary>Runs <paramref name="stage"/>; every announced step goes to each voice of <paramref name="voices"/> and to <paramref name="session"/>.</summary>
    public HarmonicClockActor(HarmonicClockStage stage, IActorRef voices, IActorRef session)
    {
        var eachVoice = VoicesActor.Each(voices);
        Receive<AnnounceStep>(request => AnnounceWhenReady(stage, _request = request, _phrase, eachVoice, session));
        Receive<PhraseRegime>(phrase => AnnounceWhenReady(stage, _request, _phrase = phrase, eachVoice, session));
    }

    // The session's request and the ticker's regime come from two senders; the step is announced once both are in.
    private void AnnounceWhenReady(HarmonicClockStage stage, AnnounceStep? request, PhraseRegime? phrase, ActorSelection eachVoice, IActorRef session)
    {
        if (request is null || phrase is null || request.Step != phrase.Step)
        {
            return;
        }

        (_request, _phrase) = (null, null);
        var announced = stage.Announce(request, phrase);
        eachVoice.Tell(announced, Self);
        session.Tell(announced);
    }

    /// <summary>The props of a clock that owns <paramref name="stage"/>.</summary>
    public static Props Props(HarmonicClockStage stage, IActorRef voices, IActorRef session) =>
        Akka.Actor.Props.Create(() => new HarmonicClockActor(stage, voices, session));
}
