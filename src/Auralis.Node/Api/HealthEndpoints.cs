using Akka.Actor;
using Akka.Cluster;
using Auralis.Engine.ReadSide;
using Auralis.Node.Hosting;
using Auralis.Node.Osc;

namespace Auralis.Node.Api;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (the journal answers and the node is Up in its cluster), and <c>/metrics</c>.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Ok(new { status = "live" })).WithTags("health");
        app.MapGet("/health/ready", ReadyAsync).WithTags("health");
        app.MapGet("/metrics", Metrics).WithTags("health");
        return app;
    }

    private static async Task<IResult> ReadyAsync(ActorSystem system)
    {
        var member = Cluster.Get(system).SelfMember;
        string journal;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            var sessions = await new SessionHistory(system).SessionIdsAsync(timeout.Token).ConfigureAwait(false);
            journal = $"ok ({sessions.Count} sessions)";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            journal = $"unreachable: {e.Message}";
        }

        var up = member.Status == MemberStatus.Up;
        var ready = up && journal.StartsWith("ok", StringComparison.Ordinal);
        var body = new { status = ready ? "ready" : "not ready", cluster = member.Status.ToString().ToLowerInvariant(), address = member.Address.ToString(), journal };
        return ready ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static IResult Metrics(NodeMetrics metrics, OscStats osc) => Results.Text(
        $"""
        # HELP auralis_clients Clients connected now.
        # TYPE auralis_clients gauge
        auralis_clients {metrics.Clients}
        # HELP auralis_connections_total Connections served.
        # TYPE auralis_connections_total counter
        auralis_connections_total {metrics.Connections}
        # HELP auralis_dropped_frames_total Audio frames dropped for slow clients.
        # TYPE auralis_dropped_frames_total counter
        auralis_dropped_frames_total {metrics.DroppedFrames}
        {osc.Prometheus()}
        """,
        "text/plain; version=0.0.4");
}
