using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Auralis.Node.Hosting;
using Auralis.Node.Security;
using Auralis.Protocol.Rest;

namespace Auralis.Node.Api;

/// <summary><c>GET /api/v1/cluster</c>: this node's address, every member with its status and roles, and the sessions running on this node.</summary>
public static class ClusterEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapCluster(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/cluster", async (ActorSystem system, IRequiredActor<SessionRegion> region, CancellationToken cancellationToken) =>
        {
            var cluster = Akka.Cluster.Cluster.Get(system);
            var state = cluster.State;
            var local = await (await region.GetAsync(cancellationToken).ConfigureAwait(false))
                .Ask<CurrentShardRegionState>(GetShardRegionState.Instance, TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
            return Results.Ok(new ClusterView(
                cluster.SelfAddress.ToString(),
                local.Shards.SelectMany(shard => shard.EntityIds).Order(StringComparer.Ordinal).ToArray(),
                state.Leader?.ToString(),
                state.Members.Select(m => new ClusterMember(m.Address.ToString(), m.Status.ToString().ToLowerInvariant(), m.Roles.ToArray(), !state.Unreachable.Contains(m)))
                    .ToArray()));
        }).WithTags("cluster").RequireRole(Role.Listener).Produces<ClusterView>();
        return app;
    }
}
