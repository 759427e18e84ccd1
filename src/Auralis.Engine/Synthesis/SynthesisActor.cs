using Akka.Actor;
using Akka.Event;
using Auralis.Audio.Processing;
using Auralis.Audio.Rendering;
using Auralis.Audio.Streaming;
using Auralis.Engine.Composition;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Synthesis.SynthesisMessages;

namespace Auralis.Engine.Synthesis;

/// <summary>
/// The session's synthesis (<c>synth</c>): the control plane of a dedicated render thread that renders the session into
/// its lock-free audio ring. It turns composed steps into render events and pulls material when the notes it holds
/// reach less than the look-ahead past what the thread has rendered.
/// </summary>
/// <remarks>
/// <para>Events reach the render thread through its wait-free single-producer single-consumer queue, drained at the top of
/// each block; the actor is that queue's only producer. The render thread's frame counter is the session's master
/// clock: the actor's pulse (one per render quantum) only checks demand and collects faults, it never times music.</para>
/// <para>The actor also tells the thread how far it may render (<see cref="Wakefulness"/>): a stopped session renders its
/// tail and sleeps; one nobody listens to sleeps after the grace period. While the thread sleeps the pulse stops too,
/// so a sleeping session costs nothing; a listener joining, an input, or a newly composed step that plays wakes both.</para>
/// </remarks>
public sealed class SynthesisActor : ReceiveActor, IWithTimers
{
    /// <summary>The actor's name in the session's tree.</summary>
    public const string Name = "synth";

    /// <summary>The dispatcher declared in hocon/dispatchers.conf for this actor.</summary>
    public const string Dispatcher = "auralis.synthesis-dispatcher";

    private static readonly TimeSpan MinimumPulse = TimeSpan.FromMilliseconds(10);

    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly RenderThread _thread;
    private readonly SampleShelf _samples;
    private readonly Queue<RenderCommand> _backlog = new();
    private readonly long _lookAheadFrames;
    private readonly ulong _seed;
    private readonly string _name;
    private readonly Func<int> _listeners;
    private readonly Observability.EngineMetrics _metrics = Observability.EngineMetrics.Get(Context.System);
    private readonly Wakefulness _wakefulness;
    private readonly SleepSignal _sleep;
    private readonly TimeSpan _pulseInterval;
    private bool _pulsing;
    private long _composedUntil;
    private long _wanted;
    private long _faults;
    private string? _lastFault;

    /// <summary>
    /// Starts rendering with <paramref name="renderer"/> (which starts at its own frame) into <paramref name="ring"/>;
    /// the instruments it builds later play the library samples they name from <paramref name="samples"/>, which it now owns.
    /// Whether it sleeps, it tells <paramref name="sleep"/>.
    /// </summary>
    public SynthesisActor(SessionRenderer renderer, SampleShelf samples, AudioRingBuffer ring, ulong seed, SessionSettings settings, string name,
        Func<int> listeners, SleepSignal sleep)
    {
        _sleep = sleep;
        _seed = seed;
        _samples = samples;
        _name = name;
        _listeners = listeners;
        _lookAheadFrames = settings.LookAheadFrames;
        _composedUntil = renderer.Frame;
        IPacer pacer = settings.RealTime
            ? new RealTimePacer(renderer.Spec.SampleRate, settings.RenderAhead, renderer.Frame, quantum: settings.RenderQuantum)
            : FreeRunningPacer.Instance;
        _thread = new RenderThread(renderer, ring, pacer, name);
        _wakefulness = new Wakefulness((long)(settings.Tail.TotalSeconds * renderer.Spec.SampleRate), settings.ListenerGrace, renderer.Frame,
            System.Diagnostics.Stopwatch.GetTimestamp());
        // Live, the thread renders a quantum per wake, so demand is checked once per quantum; free-running (tests,
        // tools) keeps the timer's finest step so material is pulled as fast as it can be rendered.
        _pulseInterval = settings.RealTime && settings.RenderQuantum > MinimumPulse ? settings.RenderQuantum : MinimumPulse;

        Receive<MixChanged>(OnMixChanged);
        Receive<StepComposed>(OnStepComposed);
        Receive<Pulse>(_ => OnPulse());
        Receive<ListenerJoined>(_ => Reconsider());
        Receive<InputAccepted>(_ =>
        {
            _wakefulness.InputAccepted(_composedUntil);
            Reconsider();
        });
        Receive<GetStats>(_ => Sender.Tell(new SynthesisStats(_thread.RenderedFrames, _composedUntil, _thread.Starvations, _faults, _lastFault,
            _thread.Sleeping)));
    }

    /// <inheritdoc />
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>The props of a synthesis actor, on its dispatcher.</summary>
    public static Props Props(SessionRenderer renderer, SampleShelf samples, AudioRingBuffer ring, ulong seed, SessionSettings settings, string name,
        Func<int> listeners, SleepSignal sleep) =>
        Akka.Actor.Props.Create(() => new SynthesisActor(renderer, samples, ring, seed, settings, name, listeners, sleep)).WithDispatcher(Dispatcher);

    /// <inheritdoc />
    protected override void PreStart()
    {
        _thread.RenderUntil(_wakefulness.Limit(_listeners(), System.Diagnostics.Stopwatch.GetTimestamp()));
        _thread.Start();
        OnPulse();
    }

    /// <inheritdoc />
    protected override void PostStop()
    {
        _metrics.Forget(_name);
        _thread.Dispose();
    }

    private void OnMixChanged(MixChanged changed)
    {
        _samples.Restock(changed.Library);
        foreach (var renderEvent in StepEvents.ForMix(changed.Mix.Swaps, changed.Mix.Events, AudioSpec.Session, _seed, _samples))
        {
            _backlog.Enqueue(RenderCommand.Schedule(renderEvent));
        }
    }

    private void OnStepComposed(StepComposed composed)
    {
        foreach (var renderEvent in composed.Step.NoteEvents())
        {
            _backlog.Enqueue(RenderCommand.Schedule(renderEvent));
        }

        _composedUntil = Math.Max(_composedUntil, composed.Step.Span.EndFrame);
        _backlog.Enqueue(RenderCommand.ComposedUpTo(_composedUntil));
        _wakefulness.Composed(composed.Step.Span);
        Drain();
        if (!_pulsing)
        {
            // Asleep: a step that plays (after a play that came in) may wake the session.
            Reconsider();
        }
    }

    private void OnPulse()
    {
        Drain();
        if (_thread.TakeFault() is { } fault)
        {
            _faults++;
            _lastFault = fault.ToString();
            _log.Warning("An instrument failed and was replaced: {0}", fault);
        }

        // Pull: ask for material once what is composed reaches less than the look-ahead past what is rendered, and
        // ask for twice that so a request covers several pulses.
        var rendered = _thread.RenderedFrames;
        var frequency = (double)System.Diagnostics.Stopwatch.Frequency;
        var asleep = Reconsider();
        _metrics.Report(_name, new Observability.SessionFigures(_thread.Blocks, _thread.RenderTicks / frequency, _thread.MaxBlockTicks / frequency,
            _thread.Starvations, _composedUntil - rendered, _listeners(), asleep, _thread.LateBlocks));
        if (_composedUntil - rendered < _lookAheadFrames)
        {
            var until = rendered + (2 * _lookAheadFrames);
            if (until > _wanted)
            {
                _wanted = until;
                Context.Parent.Tell(new MaterialWanted(until));
            }
        }
    }

    // Moves the thread's limit; the pulse runs while the thread may render, and stops once it sleeps at its limit.
    // Returns true when the session sleeps.
    private bool Reconsider()
    {
        var limit = _wakefulness.Limit(_listeners(), System.Diagnostics.Stopwatch.GetTimestamp());
        _thread.RenderUntil(limit);
        var asleep = _thread.RenderedFrames >= limit && _backlog.Count == 0;
        if (asleep && _pulsing)
        {
            Timers.Cancel(Pulse.Key);
            _pulsing = false;
        }
        else if (!asleep && !_pulsing)
        {
            Timers.StartPeriodicTimer(Pulse.Key, Pulse.Instance, _pulseInterval);
            _pulsing = true;
        }

        _sleep.Set(asleep);
        return asleep;
    }

    // The queue is bounded; what does not fit waits here for the thread to drain it, in order.
    private void Drain()
    {
        var posted = false;
        while (_backlog.Count > 0 && _thread.TryPost(_backlog.Peek()))
        {
            _backlog.Dequeue();
            posted = true;
        }

        if (posted)
        {
            _thread.Wake();
        }
    }

    private sealed class Pulse : INoSerializationVerificationNeeded
    {
        public const string Key = "pulse";
        public static readonly Pulse Instance = new();
    }
}
