using Auralis.Engine.Ticker;
using Auralis.Engine.Clock;
using Auralis.Engine.Steps;
using Auralis.Engine.Voices;
using static Auralis.Engine.Steps.StepMessages;

namespace Auralis.Engine.Composition;

/// <summary>
/// The one way a step of music is composed: the session opens it and hands each stage what it reads, the ticker prices
/// it, the clock places it and reads the harmony in the regime the ticker names, each voice plans its notes, and the
/// session merges them.
/// </summary>
/// <remarks>
/// <para><see cref="Compose"/> runs the stages in one go (replay, <see cref="SessionComposer"/>); the live session's
/// actors run the very same stage functions one each — the session <see cref="Open"/> and <see cref="Merge"/>,
/// <c>ticker</c> <see cref="TickerStage.Price"/>, <c>clock</c> <see cref="HarmonicClockStage.Announce"/>, each voice
/// <see cref="VoicePlanning.Plan"/> — passing the records of <see cref="StepMessages"/> along, so live and replay are
/// equal by construction.</para>
/// <para>Each step flows one way and nothing returns to a stage it has passed: session → ticker → clock → voices →
/// session, the price ticker → voices. The session's opening hands each stage only what it reads
/// (<see cref="OpenedStep"/>); what the inputs change in the mix (levels, pans, effects, instruments and their
/// parameters) goes from the session straight to <c>synth</c>, ahead of the step's notes. The regime the clock's next
/// phrase follows is the ticker's own memory, handed forward to the clock with the next step.</para>
/// </remarks>
public static class StepPipeline
{
    /// <summary>
    /// The session's opening of step <paramref name="step"/>, which starts at <paramref name="frame"/>: the inputs due
    /// there, taken from the merger once, sorted into what each stage reads, and what they change in the renderer.
    /// </summary>
    public static OpenedStep Open(StepMerger merger, long step, long frame)
    {
        ArgumentNullException.ThrowIfNull(merger);
        var inputs = merger.TakeInputsFor(step);
        var stages = inputs.Stages;
        return new OpenedStep(
            new AnnounceStep(step, stages.Clock, inputs.Intensity),
            new PriceStep(step, stages.Ticker, stages.Plays, inputs.Sensitivity),
            new VoiceStep(step, stages.Motifs, inputs.Intensity, inputs.Sensitivity),
            merger.MixFor(inputs, frame));
    }

    /// <summary>The session's closing of a step: the voices' plans merged into what sounds.</summary>
    /// <exception cref="InvalidOperationException">The ticker and the clock disagree on whether the step plays.</exception>
    public static StepComposition Merge(StepMerger merger, StepMix mix, StepAnnounced announced, StepPriced priced, IReadOnlyList<NotesPlanned> plans)
    {
        ArgumentNullException.ThrowIfNull(merger);
        ArgumentNullException.ThrowIfNull(mix);
        ArgumentNullException.ThrowIfNull(announced);
        ArgumentNullException.ThrowIfNull(priced);
        if (priced.Step != announced.Span.Step || priced.Playing != announced.Span.Playing)
        {
            throw new InvalidOperationException(
                $"The ticker priced step {priced.Step} (playing: {priced.Playing}) but the clock announced step {announced.Span.Step} (playing: {announced.Span.Playing}).");
        }

        return new StepComposition(merger.Merge(announced, priced, mix, plans), mix.Swaps);
    }

    /// <summary>Composes step <paramref name="step"/> (the clock's next) through every stage of <paramref name="state"/>.</summary>
    public static StepComposition Compose(PipelineState state, long step)
    {
        ArgumentNullException.ThrowIfNull(state);
        var opened = Open(state.Merger, step, state.Clock.Next.FirstFrame);
        var ticked = state.Ticker.Price(opened.Price);
        var announced = state.Clock.Announce(opened.Announce, ticked.Phrase);
        var plans = new NotesPlanned[state.Voices.Count];
        for (var channel = 0; channel < plans.Length; channel++)
        {
            plans[channel] = VoicePlanning.Plan(state.Voices[channel], channel, opened.Voices, announced, ticked.Priced);
        }

        return Merge(state.Merger, opened.Mix, announced, ticked.Priced, plans);
    }
}

/// <summary>A step opened by the session: what each stage reads of it, and the mix changes for the renderer.</summary>
/// <param name="Announce">What the clock is asked to announce.</param>
/// <param name="Price">What the ticker is asked to price.</param>
/// <param name="Voices">What the voices read besides the clock's and the ticker's answers.</param>
/// <param name="Mix">What the step's inputs change in the renderer at its first frame.</param>
public sealed record OpenedStep(AnnounceStep Announce, PriceStep Price, VoiceStep Voices, StepMix Mix);

/// <summary>A composed step and the instruments to swap at its first frame.</summary>
/// <param name="Step">What the step produced.</param>
/// <param name="Swaps">The instruments to build anew at the step's first frame, by channel.</param>
public sealed record StepComposition(ComposedStep Step, IReadOnlyList<InstrumentChange> Swaps);
