using System.Net;
using System.Net.Sockets;
using Auralis.Engine.Sessions;
using Auralis.Node.Configuration;
using Auralis.Node.Hosting;
using Auralis.Node.Security;
using Auralis.Protocol;
using Auralis.Protocol.Framing;
using Auralis.Protocol.Json;
using Auralis.Protocol.Messages;
using Microsoft.Extensions.Options;

namespace Auralis.Node.Streaming;

/// <summary>
/// The TCP protocol (port 7400): every client opens with a <c>hello</c> frame naming the session, its token and audio
/// format, then is served like a WebSocket client. Garbage, a wrong token or an unknown session get an <c>error</c> and a close.
/// </summary>
public sealed class TcpProtocolListener(IOptions<NodeOptions> options, AccessPolicy access, IServiceProvider services, ILogger<TcpProtocolListener> log)
    : BackgroundService
{
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The port actually bound (useful when 0 was asked for a free one is not: 0 turns TCP off).</summary>
    public int Port { get; private set; }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Tcp == 0)
        {
            log.LogInformation("The TCP protocol is off (--tcp 0)");
            return;
        }

        var host = new Uri(settings.Http).Host;
        var address = PortCheck.AddressOf(host);
        using var listener = new TcpListener(address, settings.Tcp);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        log.LogInformation("The TCP protocol listens on {Address}:{Port}", address, Port);
        await TcpAccept.RunAsync(listener, client => ServeAsync(client, settings, stoppingToken), stoppingToken).ConfigureAwait(false);
    }

    private async Task ServeAsync(TcpClient client, NodeOptions settings, CancellationToken stoppingToken)
    {
        using var _ = client;
        client.NoDelay = true;
        var transport = new TcpTransport(client, settings.MaxMessageBytes);
        try
        {
            using var helloTimeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            helloTimeout.CancelAfter(HelloTimeout);
            var first = await transport.ReceiveAsync(helloTimeout.Token).ConfigureAwait(false);
            if (first.Ended)
            {
                return;
            }

            if (first.Error is { } error)
            {
                await RefuseAsync(transport, error.Code, error.Message, stoppingToken).ConfigureAwait(false);
                return;
            }

            if (!ProtocolJson.TryReadClientMessage(first.Json.Span, out var message, out var parseError))
            {
                await RefuseAsync(transport, parseError.Code, parseError.Message, stoppingToken).ConfigureAwait(false);
                return;
            }

            if (message is not ClientMessages.Hello hello)
            {
                await RefuseAsync(transport, ErrorCodes.UnexpectedMessage, "The first frame must be hello.", stoppingToken).ConfigureAwait(false);
                return;
            }

            if (access.RoleOf(hello.Token) is not { } role)
            {
                await RefuseAsync(transport, ErrorCodes.Unauthorized, hello.Token is null ? "This node needs a token." : "The token is not known.", stoppingToken)
                    .ConfigureAwait(false);
                return;
            }

            if (!SessionId.IsValid(hello.Session))
            {
                await RefuseAsync(transport, ErrorCodes.UnknownSession, $"'{hello.Session}' is not a session id.", stoppingToken).ConfigureAwait(false);
                return;
            }

            var connection = services.GetRequiredService<ClientConnection>();
            await connection.RunAsync(transport, new SessionId(hello.Session), hello.Audio, role, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            log.LogDebug("A TCP client went away: {Reason}", e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.LogError(e, "A TCP connection failed");
        }
    }

    private static async Task RefuseAsync(TcpTransport transport, string code, string message, CancellationToken token)
    {
        await transport.SendAsync(FrameKind.Json, ProtocolJson.Write(new ServerMessages.Error(code, message)), token).ConfigureAwait(false);
        await transport.CloseAsync(code, token).ConfigureAwait(false);
    }
}
