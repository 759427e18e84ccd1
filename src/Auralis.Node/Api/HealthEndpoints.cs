using System.Globalization;
using Akka.Actor;
using Akka.Cluster;
using Auralis.Engine.Observability;
using Auralis.Engine.ReadSide;
using Auralis.Node.Hosting;
using Auralis.Node.Osc;
using Auralis.Node.Security;
using Auralis.Protocol.Rest;

namespace Auralis.Node.Api;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (the journal answers and the node is Up in its cluster), and <c>/metrics</c> (for a listener key on a node with keys).</summary>
public static class HealthEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Ok(new NodeLive("live"))).WithTags("health").Produces<NodeLive>();
        app.MapGet("/health/ready", ReadyAsync).WithTags("health");
        // The figures name every session: on a node with keys they are a listener's to read, like the sessions themselves.
        app.MapGet("/metrics", Metrics).WithTags("health").RequireRole(Role.Listener);
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
        var body = new NodeReadiness(ready ? "ready" : "not ready", member.Status.ToString().ToLowerInvariant(), member.Address.ToString(), journal);
        return ready ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static IResult Metrics(NodeMetrics metrics, OscStats osc, ActorSystem system) => Results.Text(
        $"""
        {Sessions(EngineMetrics.Get(system))}
        # HELP auralis_clients Clients connected now.
        # TYPE auralis_clients gauge
        auralis_clients {metrics.Clients}
        # HELP auralis_connections_total Connections served.
        # TYPE auralis_connections_total counter
        auralis_connections_total {metrics.Connections}
        # HELP auralis_dropped_frames_total Audio frames dropped for slow clients.
        # TYPE auralis_dropped_frames_total counter
        auralis_dropped_frames_total {metrics.DroppedFrames}
        {Runtime()}
        {osc.Prometheus()}
        """,
        "text/plain; version=0.0.4");

    // What the runtime itself costs the render threads: every garbage collection pauses them, and a starved thread pool
    // delays the listeners' sends.
    private static string Runtime() => string.Create(CultureInfo.InvariantCulture,
        $$"""
        # HELP dotnet_gc_pause_seconds_total Time the runtime paused every thread for garbage collection.
        # TYPE dotnet_gc_pause_seconds_total counter
        dotnet_gc_pause_seconds_total {{GC.GetTotalPauseDuration().TotalSeconds:0.######}}
        # HELP dotnet_gc_collections_total Garbage collections by generation.
        # TYPE dotnet_gc_collections_total counter
        dotnet_gc_collections_total{generation="0"} {{GC.CollectionCount(0)}}
        dotnet_gc_collections_total{generation="1"} {{GC.CollectionCount(1)}}
        dotnet_gc_collections_total{generation="2"} {{GC.CollectionCount(2)}}
        # HELP dotnet_threadpool_threads Thread-pool threads now.
        # TYPE dotnet_threadpool_threads gauge
        dotnet_threadpool_threads {{ThreadPool.ThreadCount}}
        # HELP dotnet_threadpool_queue_length Work items queued for the thread pool now.
        # TYPE dotnet_threadpool_queue_length gauge
        dotnet_threadpool_queue_length {{ThreadPool.PendingWorkItemCount}}
        """);

    // One line per running session and figure, labelled with the session's id (ids are [a-z0-9_-], safe in a label).
    private static string Sessions(EngineMetrics engine)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine("# HELP auralis_events_persisted_total Session events persisted by this node.");
        text.AppendLine("# TYPE auralis_events_persisted_total counter");
        text.AppendLine(CultureInfo.InvariantCulture, $"auralis_events_persisted_total {engine.EventsPersisted}");
        text.AppendLine("# HELP auralis_render_seconds_total Time spent rendering audio blocks.");
        text.AppendLine("# TYPE auralis_render_seconds_total counter");
        text.AppendLine("# HELP auralis_render_blocks_total Audio blocks rendered (128 frames each).");
        text.AppendLine("# TYPE auralis_render_blocks_total counter");
        text.AppendLine("# HELP auralis_render_block_max_seconds The longest block a session has rendered.");
        text.AppendLine("# TYPE auralis_render_block_max_seconds gauge");
        text.AppendLine("# HELP auralis_underruns_total Times a render thread waited for late material.");
        text.AppendLine("# TYPE auralis_underruns_total counter");
        text.AppendLine("# HELP auralis_render_late_blocks_total Blocks a render thread rendered after the wall clock had passed them (it fell behind real time).");
        text.AppendLine("# TYPE auralis_render_late_blocks_total counter");
        text.AppendLine("# HELP auralis_composed_ahead_frames How far composed material reaches past what is rendered.");
        text.AppendLine("# TYPE auralis_composed_ahead_frames gauge");
        text.AppendLine("# HELP auralis_session_listeners Listeners subscribed to a session on this node.");
        text.AppendLine("# TYPE auralis_session_listeners gauge");
        text.AppendLine("# HELP auralis_session_sleeping 1 while a session's render thread sleeps (its music stopped, or nobody listened for the grace period), else 0.");
        text.AppendLine("# TYPE auralis_session_sleeping gauge");
        text.AppendLine("# HELP auralis_sessions_sleeping Sessions on this node whose render thread sleeps.");
        text.AppendLine("# TYPE auralis_sessions_sleeping gauge");
        text.AppendLine(CultureInfo.InvariantCulture, $"auralis_sessions_sleeping {engine.Sessions.Values.Count(f => f.Sleeping)}");
        foreach (var (id, f) in engine.Sessions.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"auralis_render_seconds_total{{session=\"{id}\"}} {f.RenderSeconds:0.######}");
            text.AppendLine(CultureInfo.InvariantCulture, $"auralis_render_blocks_total{{session=\"{id}\"}} {f.Blocks}");
            text.AppendLine(CultureInfo.InvariantCulture, $"auralis_render_block_max_seconds{{session=\"{id}\"}} {f.MaxBlockSeconds:0.######}");
            text.AppendLine(CultureInfo.InvariantCulture, $"auralis_underruns_total{{session=\"{id}\"}} {f.Underruns}");
            text.AppendLine(CultureInfo.InvariantCulture, $"auralis_render_late_blocks_total{{session=\"{id}\"}} {f.LateBlocks}");
            text.AppendLine(CultureInfo.InvariantCulture, $"auralis_composed_ahead_frames{{session=\"{id}\"}} {f.ComposedAheadFrames}");
            text.AppendLine(CultureInfo.InvariantCulture, $"auralis_session_listeners{{session=\"{id}\"}} {f.Listeners}");
            text.AppendLine(CultureInfo.InvariantCulture, $"auralis_session_sleeping{{session=\"{id}\"}} {(f.Sleeping ? 1 : 0)}");
        }

        return text.ToString();
    }
}
