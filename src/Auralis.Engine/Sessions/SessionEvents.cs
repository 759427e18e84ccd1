namespace Auralis.Engine.Sessions;

/// <summary>What happened to a session: the persisted inputs from which its state and its music are derived.</summary>
/// <remarks>
/// Inputs that change the music carry <c>AtStep</c>, the step of the session's timeline at which they take effect (the
/// first step boundary after the generation horizon when they were accepted), and <c>AtTick</c>, the musical tick there.
/// An input a client keyed carries its <c>RequestId</c> (version 2 of these events; a version 1 event reads with none).
/// Each type is persisted under a stable, versioned manifest (see <c>SessionEventSerializer</c>); a changed shape gets a new
/// version and the old one stays readable.
/// </remarks>
public static partial class SessionEvents
{
    /// <summary>The session was created with these parameters.</summary>
    public sealed record SessionCreated(SessionId SessionId, string Name, ulong Seed, IReadOnlyDictionary<string, ParameterValue> Parameters,
        bool Playing, DateTimeOffset At, string? RequestId = null) : ISessionEvent;

    /// <summary>The session was renamed.</summary>
    public sealed record SessionRenamed(SessionId SessionId, string Name, DateTimeOffset At, string? RequestId = null) : ISessionEvent;

    /// <summary>Parameters changed together, effective at a step.</summary>
    public sealed record ParametersChanged(SessionId SessionId, IReadOnlyDictionary<string, ParameterValue> Values, long AtStep, long AtTick,
        DateTimeOffset At, string? RequestId = null) : ISessionEvent, ITimedInput;

    /// <summary>The transport changed, effective at a step.</summary>
    public sealed record TransportChanged(SessionId SessionId, TransportCommand Command, long? Tick, long? LoopStartTick, long? LoopEndTick,
        long AtStep, long AtTick, DateTimeOffset At, string? RequestId = null) : ISessionEvent, ITimedInput;

    /// <summary>A price arrived from outside, effective at a step.</summary>
    public sealed record PriceObserved(SessionId SessionId, double Price, long AtStep, long AtTick, DateTimeOffset At, string? RequestId = null)
        : ISessionEvent, ITimedInput;

    /// <summary>
    /// A series of outside prices to be heard one after another, the first at the step, then one every
    /// <paramref name="StepsPerPrice"/> steps: a CSV or a list posted at once becomes as many moves as it has prices.
    /// </summary>
    public sealed record PriceSeriesScheduled(SessionId SessionId, IReadOnlyList<double> Prices, int StepsPerPrice, long AtStep, long AtTick,
        DateTimeOffset At, string? RequestId = null) : ISessionEvent, ITimedInput;

    /// <summary>
    /// The session came back after its node stopped or failed: the music resumed at <paramref name="AtStep"/> (its last
    /// checkpoint) with a fresh renderer, and replay does the same there.
    /// </summary>
    public sealed record SessionResumed(SessionId SessionId, long AtStep, DateTimeOffset At) : ISessionEvent;

    /// <summary>
    /// An input was accepted to be applied at <paramref name="DueAt"/> (wall clock); when it is, its events carry
    /// <paramref name="InputKey"/> as their idempotency key, so it is applied once however often the session restarts.
    /// </summary>
    public sealed record InputScheduled(SessionId SessionId, DateTimeOffset DueAt, ScheduledChange Change, string InputKey, DateTimeOffset At,
        string? RequestId = null) : ISessionEvent;

    /// <summary>The session was deleted.</summary>
    public sealed record SessionDeleted(SessionId SessionId, DateTimeOffset At, string? RequestId = null) : ISessionEvent;
}

/// <summary>An event of one session.</summary>
public interface ISessionEvent : IWithSessionId
{
    /// <summary>When it was accepted, by the wall clock (for people; the music never reads it).</summary>
    DateTimeOffset At { get; }

    /// <summary>The idempotency key of the client's request that made this event (null for none, and in version 1 events).</summary>
    string? RequestId => null;
}

/// <summary>An input that takes effect at a step of the session's timeline.</summary>
public interface ITimedInput
{
    /// <summary>The step at which the input takes effect.</summary>
    long AtStep { get; }

    /// <summary>The musical tick at that step (for listeners; the step decides).</summary>
    long AtTick { get; }
}
