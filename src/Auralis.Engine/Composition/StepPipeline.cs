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
/// <para>Each step flows one way: session → clock → ticker → voices → session. What the inputs change in the mix
/// (levels, pans, effects, instruments and their parameters) goes from the session straight to <c>synth</c> when the
/// step is opened, ahead of the step's notes. The one thing carried to the next step
/// besides each stage's own state is the regime the ticker priced in: the ticker hands it to the clock
/// (<see cref="HarmonicClockStage.Follow"/>), whose next phrase of chords follows it.</para>
/// </remarks>
public static class StepPipeline
{
    /// <summary>
    /// The session's opening of step <paramref name="step"/>, which starts at <paramref name="frame"/>: the inputs due
    /// there, taken from the merger, for the clock, and what they change in the renderer, for <c>synth</c> straight away.
    /// </summary>
    public static OpenedStep Open(StepMerger merger, long step, long frame)
    {
        ArgumentNullException.ThrowIfNull(merger);
        var inputs = merger.TakeInputsFor(step);
        return new OpenedStep(new AnnounceStep(step, inputs), merger.MixFor(inputs, frame));
    }

    /// <summary>The session's closing of a step: the voices' plans merged into what sounds.</summary>
    public static StepComposition Merge(StepMerger merger, StepMix mix, StepPriced priced, IReadOnlyList<NotesPlanned> plans)
    {
        ArgumentNullException.ThrowIfNull(merger);
        ArgumentNullException.ThrowIfNull(mix);
        return new StepComposition(merger.Merge(priced, mix, plans), mix.Swaps);
    }

    /// <summary>Composes step <paramref name="step"/> (the clock's next) through every stage of <paramref name="state"/>.</summary>
    public static StepComposition Compose(PipelineState state, long step)
    {
        ArgumentNullException.ThrowIfNull(state);
        var opened = Open(state.Merger, step, state.Clock.Next.FirstFrame);
        var priced = state.Ticker.Price(state.Clock.Announce(opened.Request));
        state.Clock.Follow(priced);
        var plans = new NotesPlanned[state.Voices.Count];
        for (var channel = 0; channel < plans.Length; channel++)
        {
            plans[channel] = VoicePlanning.Plan(state.Voices[channel], channel, priced);
        }

        return Merge(state.Merger, opened.Mix, priced, plans);
    }
}

/// <summary>A step opened by the session: the request for the clock, and the mix changes for the renderer.</summary>
/// <param name="Request">What the clock is asked to announce.</param>
/// <param name="Mix">What the step's inputs change in the renderer at its first frame.</param>
public sealed record OpenedStep(AnnounceStep Request, StepMix Mix);

/// <summary>A composed step and the instruments to swap at its first frame.</summary>
/// <param name="Step">What the step produced.</param>
/// <param name="Swaps">The instruments to build anew at the step's first frame, by channel.</param>
public sealed record StepComposition(ComposedStep Step, IReadOnlyList<InstrumentChange> Swaps);
