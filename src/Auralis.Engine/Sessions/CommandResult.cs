namespace Auralis.Engine.Sessions;

/// <summary>The answer to a command: the events it produced, or why it was refused.</summary>
public sealed record CommandResult(IReadOnlyList<ISessionEvent> Events, Rejection? Rejection)
{
    /// <summary>True when the command was accepted.</summary>
    public bool Accepted => Rejection is null;

    /// <summary>An accepted command and its events (none when it changed nothing).</summary>
    public static CommandResult Accept(params ISessionEvent[] events) => new(events, null);

    /// <summary>A refused command.</summary>
    public static CommandResult Reject(string code, string message) => new([], new Rejection(code, message));
}

/// <summary>Why a command was refused: a stable code for programs and a sentence for people.</summary>
public sealed record Rejection(string Code, string Message)
{
    /// <summary>A value was malformed or out of range.</summary>
    public const string BadValue = "bad-value";
    /// <summary>No such parameter.</summary>
    public const string UnknownParameter = "unknown-parameter";
    /// <summary>The session does not exist (or was deleted).</summary>
    public const string NotFound = "not-found";
    /// <summary>A session with this id exists already.</summary>
    public const string AlreadyExists = "already-exists";
    /// <summary>The session failed (its journal cannot be played); it can only be deleted.</summary>
    public const string Failed = "session-failed";
}
