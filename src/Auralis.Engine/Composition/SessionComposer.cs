using Auralis.Audio.Rendering;
using Auralis.Engine.Sessions;
using Auralis.Engine.Ticker;
using Auralis.Engine.Timeline;
using Auralis.Engine.Clock;
using Auralis.Engine.Voices;

namespace Auralis.Engine.Composition;

/// <summary>
/// Composes a session step by step on one thread: it holds the whole <see cref="PipelineState"/> and runs
/// <see cref="StepPipeline.Compose"/>, the function whose stages the live session's actors run one each.
/// </summary>
/// <remarks>
/// The order within a step is fixed: inputs due at the step, then the ticker's price move (and the regime the step's
/// phrase follows), then the clock (at the step's tick), then the voices in session order (soprano, alto, bass, perc),
/// then the merge. While the transport is
/// stopped steps still pass (the clock keeps time) but nothing sounds and the ticker rests.
/// </remarks>
public sealed class SessionComposer
{
    /// <summary>Starts composing a session from its creation.</summary>
    public SessionComposer(SessionState created)
        : this(PipelineState.Start(created), created.Seed)
    {
    }

    private SessionComposer(PipelineState state, ulong seed)
    {
        State = state;
        Seed = seed;
        InitialMix = Merger.MixAt(0);
    }

    /// <summary>
    /// Composes on from <paramref name="checkpoint"/> instead of from step 0, with the session's <paramref name="inputs"/>
    /// (all of them, oldest first; those due before the checkpoint's step are already in it).
    /// </summary>
    /// <exception cref="ArgumentException">The checkpoint is of another version, or does not fit the session.</exception>
    public static SessionComposer Restore(SessionState created, ComposerCheckpoint checkpoint, IEnumerable<ITimedInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(created);
        return new SessionComposer(PipelineState.Restore(created, checkpoint, inputs), created.Seed);
    }

    /// <summary>The session's seed.</summary>
    public ulong Seed { get; }

    /// <summary>The state of every stage of the pipeline.</summary>
    public PipelineState State { get; }

    /// <summary>The clock stage (the timeline and the harmonic clock).</summary>
    public HarmonicClockStage Clock => State.Clock;

    /// <summary>The ticker stage.</summary>
    public TickerStage Ticker => State.Ticker;

    /// <summary>The voices, by channel.</summary>
    public IReadOnlyList<IVoice> Voices => State.Voices;

    /// <summary>The merger (pending inputs, parameters in effect, planned notes).</summary>
    public StepMerger Merger => State.Merger;

    /// <summary>The next step to be composed.</summary>
    public StepSpan Next => Clock.Next;

    /// <summary>The mix settings at the step the composer started from (the session's creation, or its checkpoint), as renderer events at frame 0.</summary>
    public IReadOnlyList<RenderEvent> InitialMix { get; }

    /// <summary>The instruments the voices play now, with their samples, by channel.</summary>
    public IReadOnlyList<InstrumentChange> InitialInstruments => Merger.InstrumentsAt(0);

    /// <summary>Queues an input to be applied at its step (inputs for the same step apply in the order given).</summary>
    public void Schedule(ITimedInput input) => Merger.Schedule(input);

    /// <summary>Composes the next step and moves on.</summary>
    public ComposedStep ComposeStep() => ComposeStep(out _);

    /// <summary>Composes the next step and moves on; <paramref name="instrumentChanges"/> lists instruments to swap at its first frame.</summary>
    public ComposedStep ComposeStep(out IReadOnlyList<InstrumentChange> instrumentChanges)
    {
        var composed = StepPipeline.Compose(State, Clock.Next.Step);
        instrumentChanges = composed.Swaps;
        return composed.Step;
    }

    /// <summary>Every stage's state before <see cref="Next"/> (see <see cref="PipelineState.Capture"/>).</summary>
    public ComposerCheckpoint Capture() => State.Capture();

    /// <summary>Composes, and discards, every step before <paramref name="step"/>: the state the music had there, without rendering it.</summary>
    public void FastForwardTo(long step)
    {
        while (Clock.Next.Step < step)
        {
            ComposeStep(out _);
        }
    }
}
