using Akka.Actor;
using Auralis.Engine.Sessions;
using Auralis.Audio.Streaming;
using Auralis.Engine.Composition;
using Auralis.Engine.Listeners;
using static Auralis.Engine.Steps.StepMessages;

namespace Auralis.Engine.Live;

/// <summary>
/// A session's running music, as its actor holds it: the children of the tree, the merger (the session's stage of the
/// pipeline), and the step in flight (opened to the stages, waiting for the clock's announcement, the ticker's price and
/// every voice's plan).
/// </summary>
internal sealed class Performance(PipelineState pipeline, long nextStep, long nextTick, long startFrame)
{
    private readonly NotesPlanned?[] _plans = new NotesPlanned?[SessionParameters.Voices.Count];
    private StepAnnounced? _announced;
    private StepPriced? _priced;
    private StepMix? _mix;
    private int _planCount;

    public required IActorRef Clock { get; init; }

    public required IActorRef Ticker { get; init; }

    public required IActorRef Voices { get; init; }

    public required IActorRef Synth { get; init; }

    public required IActorRef Listeners { get; init; }

    public required IActorRef Agents { get; init; }

    public required IReadOnlyList<IActorRef> Children { get; init; }

    public required ListenerHub Hub { get; init; }

    public required AudioRingBuffer Ring { get; init; }

    /// <summary>Whether the render thread sleeps.</summary>
    public required Synthesis.SleepSignal Sleep { get; init; }

    /// <summary>Every stage's state; the session owns the merger, the stage actors the others (read them between steps only).</summary>
    public PipelineState Pipeline { get; } = pipeline;

    public StepMerger Merger => Pipeline.Merger;

    /// <summary>The last minutes of what this tree composed, for clients that open the session.</summary>
    public RecentOutputs Recent { get; } = new();

    /// <summary>The first step not yet opened: where an input accepted now applies.</summary>
    public long NextStep { get; private set; } = nextStep;

    /// <summary>The tick of <see cref="NextStep"/>.</summary>
    public long NextTick { get; private set; } = nextTick;

    /// <summary>The session-timeline frame of the ring's frame 0.</summary>
    public long RingStartFrame { get; } = startFrame;

    /// <summary>The frame composed material reaches.</summary>
    public long ComposedUntil { get; private set; } = startFrame;

    /// <summary>The frame the render thread wants material up to.</summary>
    public long Wanted { get; set; }

    /// <summary>True once the voice actors exist, so the step messages told to each of them reach them all.</summary>
    public bool VoicesStarted { get; set; }

    /// <summary>True while a step is in flight.</summary>
    public bool Composing { get; private set; }

    /// <summary>Steps composed since the last checkpoint.</summary>
    public int StepsSinceCheckpoint { get; set; }

    /// <summary>Opens the next step (<see cref="StepPipeline.Open"/>), taking its inputs; the step is in flight until merged.</summary>
    public OpenedStep Begin()
    {
        var opened = StepPipeline.Open(Merger, NextStep, ComposedUntil);
        _mix = opened.Mix;
        Composing = true;
        NextStep++;
        return opened;
    }

    /// <summary>Takes the clock's announcement of the step in flight; returns the composed step if the price and every plan are in.</summary>
    public StepComposition? Take(StepAnnounced announced)
    {
        if (!Composing || announced.Span.Step != NextStep - 1)
        {
            return null;
        }

        _announced = announced;
        return TryMerge();
    }

    /// <summary>Takes the ticker's price of the step in flight; returns the composed step if the announcement and every plan are in.</summary>
    public StepComposition? Take(StepPriced priced)
    {
        if (!Composing || priced.Step != NextStep - 1)
        {
            return null;
        }

        _priced = priced;
        return TryMerge();
    }

    /// <summary>Takes a voice's plan for the step in flight; returns the composed step if the announcement, the price and every plan are in.</summary>
    public StepComposition? Take(NotesPlanned plan)
    {
        if (!Composing || plan.Step != NextStep - 1 || _plans[plan.Channel] is not null)
        {
            return null;
        }

        _plans[plan.Channel] = plan;
        _planCount++;
        return TryMerge();
    }

    private StepComposition? TryMerge()
    {
        if (_announced is not { } announced || _priced is not { } priced || _mix is not { } mix || _planCount < _plans.Length)
        {
            return null;
        }

        var composed = StepPipeline.Merge(Merger, mix, announced, priced, [.. _plans.OfType<NotesPlanned>()]);
        NextTick = announced.NextTick;
        ComposedUntil = composed.Step.Span.EndFrame;
        _announced = null;
        _priced = null;
        _mix = null;
        Array.Clear(_plans);
        _planCount = 0;
        Composing = false;
        StepsSinceCheckpoint++;
        return composed;
    }
}
