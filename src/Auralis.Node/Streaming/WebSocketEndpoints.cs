using Auralis.Engine.Sessions;
using Auralis.Node.Configuration;
using Auralis.Node.Security;
using Auralis.Protocol.Audio;
using Microsoft.Extensions.Options;

namespace Auralis.Node.Streaming;

/// <summary>The WebSocket face of the protocol: <c>/ws/sessions/{id}?audio=pcm16|f32|opus|none</c>.</summary>
/// <remarks>CORS does not cover WebSocket upgrades, so the <c>Origin</c> is checked here against the same allow-list (and the node's own origins, see <see cref="NodeNames"/>).</remarks>
public static class WebSocketEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapSessionSockets(this IEndpointRouteBuilder app)
    {
        app.Map("/ws/sessions/{id}", ConnectAsync);
        return app;
    }

    private static async Task<IResult> ConnectAsync(HttpContext context, string id, IOptions<NodeOptions> options, AccessPolicy access, NodeNames names,
        ClientConnection connection, IHostApplicationLifetime lifetime)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a WebSocket request",
                detail: "Connect with a WebSocket to /ws/sessions/{id}?audio=pcm16|f32|opus|none.");
        }

        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && !OriginAllowed(origin, names, options.Value))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Origin not allowed", detail: $"'{origin}' may not open a WebSocket here.");
        }

        var token = AccessPolicy.TokenOf(context);
        if (access.RoleOf(token) is not { } role)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: token is null ? "This node needs a token (access_token or a bearer header)." : "The token is not known.");
        }

        if (!SessionId.IsValid(id))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such session", detail: $"'{id}' is not a session id.");
        }

        var word = context.Request.Query["audio"].ToString();
        var format = AudioFormat.Pcm16;
        if (word.Length > 0 && !AudioFormats.TryParse(word, out format))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad audio format", detail: $"audio is pcm16, f32, opus or none, not '{word}'.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        await connection.RunAsync(new WebSocketTransport(socket, options.Value.MaxMessageBytes), new SessionId(id), format, role, stop.Token)
            .ConfigureAwait(false);
        return Results.Empty;
    }

    // The node's own origin comes from its configured address: a Host header is the client's to choose (DNS rebinding).
    private static bool OriginAllowed(string origin, NodeNames names, NodeOptions options) =>
        options.CorsOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase)
        || options.CorsOrigins.Contains("*")
        || names.IsOwnOrigin(origin);
}
