using Auralis.Engine.Ticker;
using static Auralis.Engine.Composition.StepMessages;

namespace Auralis.Engine.Composition;

/// <summary>
/// The one way a step of music is composed: the session opens it with the inputs due there, the clock places it and
/// reads the harmony, the ticker prices it, each voice plans its notes, and the session merges them.
/// </summary>
/// <remarks>
/// <para><see cref="Compose"/> runs the stages in one go (replay, <see cref="SessionComposer"/>); the live session's
/// actors run the very same stage functions one each, passing the records of <see cref="StepMessages"/> along, so live
/// and replay are equal by construction.</para>
/// <para>Each step flows one way: session → clock → ticker → voices → session. The one thing carried to the next step
/// besides each stage's own state is the regime the ticker priced in: the ticker hands it to the clock
/// (<see cref="Follow"/>), whose next phrase of chords follows it.</para>
/// </remarks>
public static class StepPipeline
{
    /// <summary>The session's opening of step <paramref name="step"/>: the inputs due there, taken from the merger.</summary>
    public static AnnounceStep Open(StepMerger merger, long step)
    {
        ArgumentNullException.ThrowIfNull(merger);
        return new AnnounceStep(step, merger.TakeInputsFor(step));
    }

    /// <summary>The clock's stage: places the step and reads the harmony there.</summary>
    public static StepAnnounced Announce(HarmonicClockStage clock, AnnounceStep request)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.Announce(request);
    }

    /// <summary>The ticker's stage: prices an announced step.</summary>
    public static StepPriced Price(TickerStage ticker, StepAnnounced announced)
    {
        ArgumentNullException.ThrowIfNull(ticker);
        return ticker.Price(announced);
    }

    /// <summary>The clock hears the regime a step was priced in; its next phrase follows it.</summary>
    public static void Follow(HarmonicClockStage clock, StepPriced priced)
    {
        ArgumentNullException.ThrowIfNull(clock);
        clock.Follow(priced);
    }

    /// <summary>A voice's stage: the notes <paramref name="voice"/> starts in a priced step.</summary>
    public static NotesPlanned Plan(IVoice voice, int channel, StepPriced priced) => VoicePlanning.Plan(voice, channel, priced);

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
        var priced = Price(state.Ticker, Announce(state.Clock, Open(state.Merger, step)));
        Follow(state.Clock, priced);
        var plans = new NotesPlanned[state.Voices.Count];
        for (var channel = 0; channel < plans.Length; channel++)
        {
            plans[channel] = Plan(state.Voices[channel], channel, priced);
        }

        return Merge(state.Merger, priced, plans);
    }
}

/// <summary>A composed step and the instruments to swap at its first frame.</summary>
/// <param name="Step">What the step produced.</param>
/// <param name="Swaps">The instruments to build anew at the step's first frame, by channel.</param>
public sealed record StepComposition(ComposedStep Step, IReadOnlyList<InstrumentChange> Swaps);
