namespace Auralis.Engine.Sessions;

/// <summary>What happened to a session: the persisted inputs from which its state and its music are derived.</summary>
/// <remarks>
/// Inputs that change the music carry <c>AtStep</c>, the step of the session's timeline at which they take effect (the
/// first step boundary after the generation horizon when they were accepted), and <c>AtTick</c>, the musical tick there.
/// Each type is persisted under a stable, versioned manifest (see <c>SessionEventSerializer</c>); a changed shape gets a new
/// version and the old one stays readable.
/// </remarks>
public static partial class SessionEvents
{
    /// <summary>The session was created with these parameters.</summary>
    public sealed record SessionCreated(SessionId SessionId, string Name, ulong Seed, IReadOnlyDictionary<string, ParameterValue> Parameters,
        bool Playing, DateTimeOffset At) : ISessionEvent;

    /// <summary>The session was renamed.</summary>
    public sealed record SessionRenamed(SessionId SessionId, string Name, DateTimeOffset At) : ISessionEvent;

    /// <summary>Parameters changed together, effective at a step.</summary>
    public sealed record ParametersChanged(SessionId SessionId, IReadOnlyDictionary<string, ParameterValue> Values, long AtStep, long AtTick,
        DateTimeOffset At) : ISessionEvent, ITimedInput;

    /// <summary>The transport changed, effective at a step.</summary>
    public sealed record TransportChanged(SessionId SessionId, TransportCommand Command, long? Tick, long? LoopStartTick, long? LoopEndTick,
        long AtStep, long AtTick, DateTimeOffset At) : ISessionEvent, ITimedInput;

    /// <summary>A price arrived from outside, effective at a step.</summary>
    public sealed record PriceObserved(SessionId SessionId, double Price, long AtStep, long AtTick, DateTimeOffset At) : ISessionEvent, ITimedInput;

    /// <summary>
    /// A series of outside prices to be heard one after another, the first at the step, then one every
    /// <paramref name="StepsPerPrice"/> steps: a CSV or a list posted at once becomes as many moves as it has prices.
    /// </summary>
    public sealed record PriceSeriesScheduled(SessionId SessionId, IReadOnlyList<double> Prices, int StepsPerPrice, long AtStep, long AtTick,
        DateTimeOffset At) : ISessionEvent, ITimedInput;

    /// <summary>
    /// The session came back after its node stopped or failed: the music resumed at <paramref name="AtStep"/> (its last
    /// checkpoint) with a fresh renderer, and replay does the same there.
    /// </summary>
    public sealed record SessionResumed(SessionId SessionId, long AtStep, DateTimeOffset At) : ISessionEvent;

    /// <summary>The session was deleted.</summary>
    public sealed record SessionDeleted(SessionId SessionId, DateTimeOffset At) : ISessionEvent;
}

/// <summary>An event of one session.</summary>
public interface ISessionEvent : IWithSessionId
{
    /// <summary>When it was accepted, by the wall clock (for people; the music never reads it).</summary>
    DateTimeOffset At { get; }
}

/// <summary>An input that takes effect at a step of the session's timeline.</summary>
public interface ITimedInput
{
    /// <summary>The step at which the input takes effect.</summary>
    long AtStep { get; }

    /// <summary>The musical tick at that step (for listeners; the step decides).</summary>
    long AtTick { get; }
}
