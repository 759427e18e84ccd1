using Auralis.Engine.Sessions;
using Auralis.Node.Api;
using Auralis.Node.Configuration;
using Auralis.Node.Hosting;
using Auralis.Node.Security;
using static Auralis.Engine.Sessions.SessionQueries;
using static Auralis.Engine.Listeners.ListenerMessages;

namespace Auralis.Node.Streaming.Opus;

/// <summary>
/// <c>GET /api/v1/sessions/{id}/listen.ogg</c>: the session as an endless Ogg Opus stream that an ordinary player opens
/// (VLC, ffplay, a browser's <c>audio</c> element). It counts as a listener, and shares the session's Opus encoder.
/// </summary>
public static class ListenEndpoints
{
    /// <summary>Maps the endpoint; it needs a listener's key on a node with keys (as a bearer header or <c>access_token</c>).</summary>
    public static IEndpointRouteBuilder MapListen(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/sessions/{id}/listen.ogg", ListenAsync)
            .WithTags("sessions")
            .WithSummary("The session's live audio as an Ogg Opus stream (48 kHz stereo, 64 kbit/s).")
            .RequireRole(Role.Listener);
        return app;
    }

    private static async Task<IResult> ListenAsync(HttpContext context, string id, SessionGateway gateway, OpusEncoders encoders, NodeOptions options,
        IHostApplicationLifetime lifetime)
    {
        if (!SessionId.IsValid(id))
        {
            return Problems.For(new Rejection(Rejection.NotFound, $"'{id}' is not a session id."));
        }

        var answer = await gateway.SubscribeAsync(new SessionId(id), context.RequestAborted).ConfigureAwait(false);
        if (answer.Value is not { } subscription)
        {
            return Problems.For(answer);
        }

        using var listener = subscription.Listener;
        if (subscription.ListenerCount() > options.MaxClientsPerSession)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Session full",
                detail: $"Session '{id}' has its {options.MaxClientsPerSession} listeners.");
        }

        var (tap, stream) = encoders.Join(subscription);
        using var _ = tap;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var response = context.Response;
        response.ContentType = "audio/ogg; codecs=opus";
        response.Headers.CacheControl = "no-store";
        context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();
        var ogg = new OggOpusWriter(response.Body, serial: id.GetHashCode(StringComparison.Ordinal));
        try
        {
            await ogg.WriteHeadersAsync(stream.PreSkip, "Auralis (Concentus)", stop.Token).ConfigureAwait(false);
            await foreach (var packet in tap.Packets.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                await ogg.WritePacketAsync(packet.Packet, stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The player went away, or the node is stopping: the stream simply ends.
        }

        return Results.Empty;
    }
}
