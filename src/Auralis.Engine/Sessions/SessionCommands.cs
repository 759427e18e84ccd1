
namespace Auralis.Engine.Sessions;

/// <summary>What a listener, performer or admin asks of a session.</summary>
public static partial class SessionCommands
{
    /// <summary>Create the session with a name, an optional seed (a random one is drawn otherwise) and initial parameters.</summary>
    public sealed record CreateSession(SessionId SessionId, string Name, ulong? Seed, IReadOnlyDictionary<string, ParameterValue> Parameters, bool Play = true,
        string? RequestId = null) : IKeyedCommand;

    /// <summary>Give the session a new name.</summary>
    public sealed record RenameSession(SessionId SessionId, string Name, string? RequestId = null) : IKeyedCommand;

    /// <summary>Change one or more parameters; all are applied together at the same step, or none is.</summary>
    public sealed record ChangeParameters(SessionId SessionId, IReadOnlyDictionary<string, ParameterValue> Values, string? RequestId = null) : IKeyedCommand;

    /// <summary>
    /// Rename the session and change parameters in one input (a REST <c>PATCH</c>): everything is validated first, and
    /// either every change is journaled, in one write, or none is.
    /// </summary>
    public sealed record EditSession(SessionId SessionId, string? Name, IReadOnlyDictionary<string, ParameterValue> Values, string? RequestId = null)
        : IKeyedCommand;

    /// <summary>Play, stop, seek (to <paramref name="Tick"/>), loop (from <paramref name="LoopStartTick"/> to <paramref name="LoopEndTick"/>) or clear the loop.</summary>
    public sealed record ChangeTransport(SessionId SessionId, TransportCommand Command, long? Tick = null, long? LoopStartTick = null, long? LoopEndTick = null,
        string? RequestId = null) : IKeyedCommand;

    /// <summary>A price from outside the session (REST, protocol, OSC).</summary>
    public sealed record ObservePrice(SessionId SessionId, double Price, string? RequestId = null) : IKeyedCommand;

    /// <summary>
    /// Hold <paramref name="Change"/> until <paramref name="DueAt"/> (wall clock), then apply it as if it arrived then; it is
    /// journaled at once, so it survives a restart or a move of the session.
    /// </summary>
    public sealed record ScheduleInput(SessionId SessionId, DateTimeOffset DueAt, ScheduledChange Change, string? RequestId = null) : IKeyedCommand;

    /// <summary>Delete the session: it stops and its id can never play again.</summary>
    public sealed record DeleteSession(SessionId SessionId, string? RequestId = null) : IKeyedCommand;
}

/// <summary>A command for one session.</summary>
public interface ISessionCommand : IWithSessionId, IClusterMessage;

/// <summary>
/// A command a client may retry under an idempotency key (<see cref="RequestId"/>): the session applies it at most once
/// and answers a retry with the first answer, also after it moved or recovered (the key is journaled with the input).
/// </summary>
public interface IKeyedCommand : ISessionCommand
{
    /// <summary>The client's idempotency key, or null when the client gave none.</summary>
    string? RequestId { get; }
}
