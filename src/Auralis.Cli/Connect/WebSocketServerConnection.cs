using System.Net;
using System.Net.WebSockets;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Framing;
using Auralis.Protocol.Json;
using Auralis.Protocol.Messages;

namespace Auralis.Cli.Connect;

/// <summary>The WebSocket transport: <c>/ws/sessions/{id}?audio=…</c>, text frames carrying JSON, binary frames carrying audio chunks.</summary>
public sealed class WebSocketServerConnection : IServerConnection
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);
    private readonly ClientWebSocket _socket;
    private byte[] _buffer = new byte[64 * 1024];

    private WebSocketServerConnection(ClientWebSocket socket) => _socket = socket;

    /// <summary>Opens the session's WebSocket; an unreachable node or a refused upgrade is a <see cref="CliFailure"/>.</summary>
    public static async Task<WebSocketServerConnection> OpenAsync(NodeEndpoint endpoint, string session, string? token, AudioFormat audio,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var uri = endpoint.WebSocketUri(session, audio.ToWord(), token);
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ConnectTimeout);
            await socket.ConnectAsync(uri, timeout.Token).ConfigureAwait(false);
            return new WebSocketServerConnection(socket);
        }
        catch (WebSocketException e) when (socket.HttpStatusCode is not 0)
        {
            socket.Dispose();
            throw new CliFailure(socket.HttpStatusCode switch
            {
                HttpStatusCode.NotFound => $"the node has no session '{session}' (HTTP 404 from {endpoint})",
                HttpStatusCode.Unauthorized => $"the node wants a valid token (HTTP 401 from {endpoint}; give --token)",
                HttpStatusCode.Forbidden => $"the node refused this token or origin (HTTP 403 from {endpoint})",
                var status => $"the node refused the WebSocket (HTTP {(int)status} from {endpoint})",
            }, e);
        }
        catch (Exception e) when (e is WebSocketException or HttpRequestException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            socket.Dispose();
            throw new CliFailure($"cannot reach the node at {endpoint}: {(e is OperationCanceledException ? "no answer in time" : e.Message)}{NodeHint.For(e)}", e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task SendAsync(ClientMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await _socket.SendAsync(ProtocolJson.Write(message), WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        catch (WebSocketException e)
        {
            throw new CliFailure($"the connection to the node broke: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public async Task<ServerInput> ReceiveAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var count = 0;
            ValueWebSocketReceiveResult result;
            try
            {
                do
                {
                    if (count == _buffer.Length)
                    {
                        if (_buffer.Length >= FrameReader.DefaultMaxFrameLength)
                        {
                            throw new CliFailure($"protocol error too-large: a WebSocket message exceeds {FrameReader.DefaultMaxFrameLength} bytes");
                        }

                        Array.Resize(ref _buffer, _buffer.Length * 2);
                    }

                    result = await _socket.ReceiveAsync(_buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                    count += result.Count;
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
            }
            catch (WebSocketException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new CliFailure($"the connection to the node broke: {e.Message}", e);
            }

            switch (result.MessageType)
            {
                case WebSocketMessageType.Close:
                    return ServerInput.End;
                case WebSocketMessageType.Binary:
                    return new ServerInput(null, _buffer.AsSpan(0, count).ToArray(), false);
                default:
                    if (ServerInput.Decode(_buffer.AsSpan(0, count)) is { } message)
                    {
                        return new ServerInput(message, default, false);
                    }

                    break;
            }
        }
    }

    /// <inheritdoc />
    public async Task CloseAsync()
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The node went first or is slow to answer; the socket is disposed either way.
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
