using Auralis.Engine.Ticker;
using Auralis.Engine.Clock;
using Auralis.Engine.Steps;
using Auralis.Engine.Voices;
using static Auralis.Engine.Steps.StepMessages;

namespace Auralis.Engine.Composition;

/// <summary>
/// The one way a step of music is composed: the session opens it with the inputs due there, the clock places it and
/// reads the harmony, the ticker prices it, each voice plans its notes, and the session merges them.
/// </summary>
/// <remarks>
/// <para><see cref="Compose"/> runs the stages in one go (replay, <see cref="SessionComposer"/>); the live session's
/// actors run the very same stage functions one each — the session <see cref="Open"/> and <see cref="Merge"/>,
/// <c>clock</c> <see cref="HarmonicClockStage.Announce"/>, <c>ticker</c> <see cref="TickerStage.Price"/>, each voice
/// <see cref="VoicePlanning.Plan"/> — passing the records of <see cref="StepMessages"/> along, so live and replay are
/// equal by construction.</para>
/// <para>Each step flows one way: session → clock → ticker → voices → session. The one thing carried to the next step
/// besides each stage's own state is the regime the ticker priced in: the ticker hands it to the clock
/// (<see cref="HarmonicClockStage.Follow"/>), whose next phrase of chords follows it.</para>
/// </remarks>
public static class StepPipeline
{
    /// <summary>The session's opening of step <paramref name="step"/>: the inputs due there, taken from the merger.</summary>
    public static AnnounceStep Open(StepMerger merger, long step)
    {
        ArgumentNullException.ThrowIfNull(merger);
        return new AnnounceStep(step, merger.TakeInputsFor(step));
    }

    /// <summary>The session's closing of a step: the voices' plans merged into what sounds.</summary>
    public static StepComposition Merge(StepMerger merger, StepPriced priced, IReadOnlyList<NotesPlanned> plans)
    {
        ArgumentNullException.ThrowIfNull(merger);
        var step = merger.Merge(priced, plans, out var swaps);
        return new StepComposition(step, swaps);
    }

    /// <summary>Composes step <paramref name="step"/> (the clock's next) through every stage of <paramref name="state"/>.</summary>
    public static StepComposition Compose(PipelineState state, long step)
    {
        ArgumentNullException.ThrowIfNull(state);
        var priced = state.Ticker.Price(state.Clock.Announce(Open(state.Merger, step)));
        state.Clock.Follow(priced);
        var plans = new NotesPlanned[state.Voices.Count];
        for (var channel = 0; channel < plans.Length; channel++)
        {
            plans[channel] = VoicePlanning.Plan(state.Voices[channel], channel, priced);
        }

        return Merge(state.Merger, priced, plans);
    }
}

/// <summary>A composed step and the instruments to swap at its first frame.</summary>
/// <param name="Step">What the step produced.</param>
/// <param name="Swaps">The instruments to build anew at the step's first frame, by channel.</param>
public sealed record StepComposition(ComposedStep Step, IReadOnlyList<InstrumentChange> Swaps);
