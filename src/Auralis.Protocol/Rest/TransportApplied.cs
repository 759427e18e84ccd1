namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>POST /api/v1/sessions/{id}/transport</c>.</summary>
/// <param name="Session">The session's id.</param>
/// <param name="Command">The command as the client wrote it.</param>
/// <param name="AtTick">The tick at which it applies.</param>
public sealed record TransportApplied(string Session, string? Command, long? AtTick);
