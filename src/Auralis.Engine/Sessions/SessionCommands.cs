
namespace Auralis.Engine.Sessions;

/// <summary>What a listener, performer or admin asks of a session.</summary>
public static partial class SessionCommands
{
    /// <summary>Create the session with a name, an optional seed (a random one is drawn otherwise) and initial parameters.</summary>
    public sealed record CreateSession(SessionId SessionId, string Name, ulong? Seed, IReadOnlyDictionary<string, ParameterValue> Parameters, bool Play = true)
        : ISessionCommand;

    /// <summary>Give the session a new name.</summary>
    public sealed record RenameSession(SessionId SessionId, string Name) : ISessionCommand;

    /// <summary>Change one or more parameters; all are applied together at the same step, or none is.</summary>
    public sealed record ChangeParameters(SessionId SessionId, IReadOnlyDictionary<string, ParameterValue> Values) : ISessionCommand;

    /// <summary>
    /// Rename the session and change parameters in one input (a REST <c>PATCH</c>): everything is validated first, and
    /// either every change is journaled, in one write, or none is.
    /// </summary>
    public sealed record EditSession(SessionId SessionId, string? Name, IReadOnlyDictionary<string, ParameterValue> Values) : ISessionCommand;

    /// <summary>Play, stop, seek (to <paramref name="Tick"/>), loop (from <paramref name="LoopStartTick"/> to <paramref name="LoopEndTick"/>) or clear the loop.</summary>
    public sealed record ChangeTransport(SessionId SessionId, TransportCommand Command, long? Tick = null, long? LoopStartTick = null, long? LoopEndTick = null)
        : ISessionCommand;

    /// <summary>A price from outside the session (REST, protocol, OSC).</summary>
    public sealed record ObservePrice(SessionId SessionId, double Price) : ISessionCommand;

    /// <summary>Delete the session: it stops and its id can never play again.</summary>
    public sealed record DeleteSession(SessionId SessionId) : ISessionCommand;
}

/// <summary>A command for one session.</summary>
public interface ISessionCommand : IWithSessionId, IClusterMessage;
