namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>GET /api/v1/cluster</c>: the cluster as the answering node sees it.</summary>
/// <param name="Self">The answering node's address.</param>
/// <param name="SessionsHere">The sessions running on the answering node, by id, in ordinal order.</param>
/// <param name="Leader">The cluster leader's address (null while there is none).</param>
/// <param name="Members">Every member of the cluster.</param>
public sealed record ClusterView(string Self, IReadOnlyList<string> SessionsHere, string? Leader, IReadOnlyList<ClusterMember> Members);

/// <summary>One member of the cluster in <see cref="ClusterView"/>.</summary>
/// <param name="Address">The member's address.</param>
/// <param name="Status">Its status in lower case: joining, up, leaving, exiting, down, removed…</param>
/// <param name="Roles">Its cluster roles.</param>
/// <param name="Reachable">False while the answering node's failure detector marks it unreachable.</param>
public sealed record ClusterMember(string Address, string Status, IReadOnlyList<string> Roles, bool Reachable);
