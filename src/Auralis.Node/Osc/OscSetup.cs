using Auralis.Node.Configuration;
using Auralis.Node.Security;

namespace Auralis.Node.Osc;

/// <summary>Adds the OSC transports to the node: the services, the UDP and TCP listeners, and <c>/api/v1/osc/stats</c>.</summary>
public static class OscSetup
{
    /// <summary>Registers OSC; the allow-list and the binding are checked now, so a bad setting stops the node before it starts.</summary>
    public static IServiceCollection AddOsc(this IServiceCollection services, NodeOptions options, AccessPolicy access)
    {
        services.AddSingleton(new OscAccess(options, access));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OscStats>();
        services.AddSingleton<OscSessionLink>();
        services.AddSingleton<OscSubscriptions>();
        services.AddSingleton<OscDispatcher>();
        services.AddSingleton<OscScheduler>();
        services.AddSingleton<OscUdpListener>();
        services.AddSingleton<OscTcpListener>();
        services.AddHostedService(sp => sp.GetRequiredService<OscUdpListener>());
        services.AddHostedService(sp => sp.GetRequiredService<OscTcpListener>());
        return services;
    }

    /// <summary>Maps <c>GET /api/v1/osc/stats</c>: packets received, accepted, and rejected by reason.</summary>
    public static IEndpointRouteBuilder MapOsc(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/osc/stats", (OscStats stats, OscSubscriptions subscriptions) => TypedResults.Ok(stats.Snapshot(subscriptions.Count)))
            .WithTags("osc")
            .RequireRole(Role.Listener);
        return app;
    }
}
