namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to an accepted change of a session: <c>{"session", "atTick", "atStep"}</c>.</summary>
/// <param name="Session">The session's id.</param>
/// <param name="AtTick">The tick at which the change applies (null when it is not timed).</param>
/// <param name="AtStep">The step at which it applies (null when it is not timed).</param>
public sealed record CommandApplied(string Session, long? AtTick, long? AtStep);
