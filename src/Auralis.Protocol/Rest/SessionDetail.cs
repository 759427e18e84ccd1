using System.Text.Json.Serialization;
using Auralis.Protocol.Messages;

namespace Auralis.Protocol.Rest;

/// <summary>
/// The REST answer to <c>GET /api/v1/sessions/{id}</c> (and to a create or an edit without parameters): the protocol's
/// <see cref="SessionInfo"/>, field for field, plus where in the cluster the session lives and whether it runs.
/// </summary>
/// <param name="Id">The session's id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Seed">The seed of its music.</param>
/// <param name="Parameters">Every parameter's value.</param>
/// <param name="Transport">Playing or stopped, and the loop.</param>
/// <param name="Position">Where it plays.</param>
/// <param name="Listeners">How many listeners it has.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Node">The cluster address of the node it runs on.</param>
/// <param name="State">"running", or "failed" after too many faults.</param>
/// <param name="Failure">Why it failed (absent while it runs).</param>
public sealed record SessionDetail(
    string Id,
    string Name,
    ulong Seed,
    IReadOnlyDictionary<string, WireValue> Parameters,
    TransportInfo Transport,
    PositionInfo Position,
    int Listeners,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Node,
    string State,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Failure = null)
{
    /// <summary>The detail of the session <paramref name="info"/> describes, on <paramref name="node"/>, failed for <paramref name="failure"/> if not null.</summary>
    public static SessionDetail Of(SessionInfo info, string node, string? failure)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new(info.Id, info.Name, info.Seed, info.Parameters, info.Transport, info.Position, info.Listeners, info.CreatedAt, info.UpdatedAt,
            node, failure is null ? "running" : "failed", failure);
    }
}
