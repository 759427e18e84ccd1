using System.Collections.Concurrent;
using Akka.Actor;

namespace Auralis.Engine.Observability;

/// <summary>
/// The figures of an actor system's sessions, for the node's <c>/metrics</c>: render time per block, underruns, how far
/// material runs ahead of rendering, and events persisted — one set per actor system, so nodes side by side never mix.
/// </summary>
public sealed class EngineMetrics : IExtension
{
    private readonly ConcurrentDictionary<string, SessionFigures> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MusicStart> _starts = new(StringComparer.Ordinal);
    private long _eventsPersisted;

    /// <summary>The metrics of <paramref name="system"/>.</summary>
    public static EngineMetrics Get(ActorSystem system) => system.WithExtension<EngineMetrics, EngineMetricsProvider>();

    /// <summary>Events persisted by this system's sessions.</summary>
    public long EventsPersisted => Interlocked.Read(ref _eventsPersisted);

    /// <summary>Each running session's latest figures, by session id.</summary>
    public IReadOnlyDictionary<string, SessionFigures> Sessions => _sessions;

    /// <summary>A session persisted <paramref name="count"/> events.</summary>
    public void Persisted(int count) => Interlocked.Add(ref _eventsPersisted, count);

    /// <summary>A session's synthesis reports its figures (every pulse).</summary>
    public void Report(string session, SessionFigures figures) => _sessions[session] = figures;

    /// <summary>How each session's music last started (created, recovered or restarted after a fault), by session id.</summary>
    public IReadOnlyDictionary<string, MusicStart> Starts => _starts;

    /// <summary>A session's music started.</summary>
    public void Started(string session, MusicStart start) => _starts[session] = start;

    /// <summary>A session stopped rendering.</summary>
    public void Forget(string session) => _sessions.TryRemove(session, out _);

    private sealed class EngineMetricsProvider : ExtensionIdProvider<EngineMetrics>
    {
        public override EngineMetrics CreateExtension(ExtendedActorSystem system) => new();
    }
}

/// <summary>One session's render figures.</summary>
/// <param name="Blocks">Blocks rendered.</param>
/// <param name="RenderSeconds">Time spent rendering them.</param>
/// <param name="MaxBlockSeconds">The longest block since the session started.</param>
/// <param name="Underruns">Times the render thread waited for late material.</param>
/// <param name="ComposedAheadFrames">How far composed material reaches past what is rendered.</param>
/// <param name="Listeners">Listeners subscribed now.</param>
/// <param name="Sleeping">True while the session's render thread sleeps (the music stopped, or nobody listens).</param>
/// <param name="LateBlocks">Blocks the render thread rendered after the wall clock had passed them.</param>
public readonly record struct SessionFigures(long Blocks, double RenderSeconds, double MaxBlockSeconds, long Underruns, long ComposedAheadFrames, int Listeners,
    bool Sleeping, long LateBlocks = 0);

/// <summary>How a session's music started: from which step it composed, how many steps that took, and how long.</summary>
/// <param name="ResumeStep">The step the music starts playing at.</param>
/// <param name="ComposedFrom">The step composition started from: its composer checkpoint's, or 0 without a usable one.</param>
/// <param name="Seconds">The time taken to restore (or start) the composer and compose up to <paramref name="ResumeStep"/>.</param>
public readonly record struct MusicStart(long ResumeStep, long ComposedFrom, double Seconds)
{
    /// <summary>Steps composed silently before the music could play.</summary>
    public long StepsComposed => ResumeStep - ComposedFrom;
}
