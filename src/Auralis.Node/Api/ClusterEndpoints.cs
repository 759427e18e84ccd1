using Akka.Actor;
using Auralis.Node.Security;

namespace Auralis.Node.Api;

/// <summary><c>GET /api/v1/cluster</c>: this node's address and every member with its status and roles.</summary>
public static class ClusterEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapCluster(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/cluster", (ActorSystem system) =>
        {
            var cluster = Akka.Cluster.Cluster.Get(system);
            var state = cluster.State;
            return Results.Ok(new
            {
                self = cluster.SelfAddress.ToString(),
                leader = state.Leader?.ToString(),
                members = state.Members.Select(m => new
                {
                    address = m.Address.ToString(),
                    status = m.Status.ToString().ToLowerInvariant(),
                    roles = m.Roles.ToArray(),
                    reachable = !state.Unreachable.Contains(m),
                }),
            });
        }).WithTags("cluster").RequireRole(Role.Listener);
        return app;
    }
}
