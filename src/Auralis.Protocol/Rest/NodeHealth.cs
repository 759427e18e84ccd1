namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>GET /health/live</c>: <c>{"status": "live"}</c> while the process serves requests.</summary>
/// <param name="Status">Always "live".</param>
public sealed record NodeLive(string Status);

/// <summary>The REST answer to <c>GET /health/ready</c> (200 when ready, 503 otherwise).</summary>
/// <param name="Status">"ready" or "not ready".</param>
/// <param name="Cluster">The node's membership status in lower case.</param>
/// <param name="Address">The node's cluster address.</param>
/// <param name="Journal">"ok (N sessions)", or "unreachable: " and the reason.</param>
public sealed record NodeReadiness(string Status, string Cluster, string Address, string Journal);
