using Auralis.Audio.Rendering;
using Auralis.Engine.Sessions;
using Auralis.Engine.Ticker;
using Auralis.Engine.Timeline;
using Auralis.Music.Harmony;
using static Auralis.Engine.Composition.StepMessages;

namespace Auralis.Engine.Composition;

/// <summary>
/// Composes a session step by step on one thread, chaining the stages the session's actors run live — the merger's
/// inputs, the clock, the ticker, the four voices, the merge — so replay runs the very code the live session does.
/// </summary>
/// <remarks>
/// The order within a step is fixed: inputs due at the step, then the clock (at the step's tick), then the ticker's
/// price move, then the voices in session order (soprano, alto, bass, perc), then the merge. While the transport is
/// stopped steps still pass (the clock keeps time) but nothing sounds and the ticker rests.
/// </remarks>
public sealed class SessionComposer
{
    private Regime? _previousRegime;

    /// <summary>Starts composing a session from its creation.</summary>
    public SessionComposer(SessionState created)
    {
        ArgumentNullException.ThrowIfNull(created);
        if (!created.Exists && !created.IsDeleted)
        {
            throw new ArgumentException($"Session '{created.Id}' has not been created.", nameof(created));
        }

        Seed = created.Seed;
        Merger = new StepMerger(created);
        Ticker = new TickerStage(created);
        Clock = new HarmonicClockStage(created, Ticker.Regime);
        Voices = VoicePlanning.VoicesFor(created.Seed);
        InitialMix = Merger.MixAt(0);
    }

    /// <summary>The session's seed.</summary>
    public ulong Seed { get; }

    /// <summary>The clock stage (the timeline and the harmonic clock).</summary>
    public HarmonicClockStage Clock { get; }

    /// <summary>The ticker stage.</summary>
    public TickerStage Ticker { get; }

    /// <summary>The voices, by channel.</summary>
    public IReadOnlyList<IVoice> Voices { get; }

    /// <summary>The merger (pending inputs, parameters in effect, planned notes).</summary>
    public StepMerger Merger { get; }

    /// <summary>The regime the last composed step was priced in (null when it did not play).</summary>
    public Regime? PreviousRegime => _previousRegime;

    /// <summary>The next step to be composed.</summary>
    public StepSpan Next => Clock.Next;

    /// <summary>The mix settings of the session's creation, as renderer events at frame 0.</summary>
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
        var step = Clock.Next.Step;
        var announced = Clock.Announce(new AnnounceStep(step, Merger.TakeInputsFor(step), _previousRegime));
        var priced = Ticker.Price(announced);
        var plans = new NotesPlanned[Voices.Count];
        for (var channel = 0; channel < Voices.Count; channel++)
        {
            plans[channel] = VoicePlanning.Plan(Voices[channel], channel, priced);
        }

        _previousRegime = priced.Move?.Regime;
        return Merger.Merge(priced, plans, out instrumentChanges);
    }

    /// <summary>Composes, and discards, every step before <paramref name="step"/>: the state the music had there, without rendering it.</summary>
    public void FastForwardTo(long step)
    {
        while (Clock.Next.Step < step)
        {
            ComposeStep(out _);
        }
    }
}
