using Auralis.Protocol.Messages;

namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>GET /api/v1/sessions</c>: <c>{"sessions": [...]}</c>.</summary>
/// <param name="Sessions">The sessions that matched the filters.</param>
public sealed record SessionList(IReadOnlyList<SessionInfo> Sessions);
