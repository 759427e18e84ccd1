using Akka.Actor;
using static Auralis.Engine.Steps.StepMessages;

namespace Auralis.Engine.Clock;

/// <summary>
/// The session's harmonic clock (<c>clock</c>): announces each step the session opens and hands it to the ticker, and
/// hears back from the ticker the regime the step was priced in, which its next phrase of chords follows.
/// </summary>
public sealed class HarmonicClockActor : ReceiveActor
{
    /// <summary>The actor's name in the session's tree.</summary>
    public const string Name = "clock";

    /// <summary>Runs <paramref name="stage"/>, passing each announced step to <paramref name="ticker"/>.</summary>
    public HarmonicClockActor(HarmonicClockStage stage, IActorRef ticker)
    {
        Receive<AnnounceStep>(request => ticker.Tell(stage.Announce(request)));
        Receive<StepPriced>(stage.Follow);
    }

    /// <summary>The props of a clock that owns <paramref name="stage"/>.</summary>
    public static Props Props(HarmonicClockStage stage, IActorRef ticker) => Akka.Actor.Props.Create(() => new HarmonicClockActor(stage, ticker));
}
