using System.Net.WebSockets;
using Auralis.Protocol;
using Auralis.Protocol.Framing;

namespace Auralis.Node.Streaming;

/// <summary>A WebSocket as a client transport: text frames carry JSON, binary frames audio; a message over the size cap closes with 1009.</summary>
/// <remarks>Kestrel's request limits do not cover WebSocket messages, so the cap is enforced here while the message is assembled.</remarks>
public sealed class WebSocketTransport(WebSocket socket, int maxMessageBytes) : IClientTransport
{
    private readonly byte[] _buffer = new byte[Math.Min(maxMessageBytes, 16 * 1024) + 1];

    /// <inheritdoc />
    public async ValueTask SendAsync(FrameKind kind, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var type = kind == FrameKind.Json ? WebSocketMessageType.Text : WebSocketMessageType.Binary;
        await socket.SendAsync(payload, type, endOfMessage: true, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<ClientFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return ClientFrame.End;
            }

            message.Write(_buffer, 0, result.Count);
            if (message.Length > maxMessageBytes)
            {
                await socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, $"messages are at most {maxMessageBytes} bytes", cancellationToken)
                    .ConfigureAwait(false);
                return new ClientFrame(default, new ProtocolError(ErrorCodes.TooLarge, $"A message is at most {maxMessageBytes} bytes."), false, Fatal: true);
            }

            if (!result.EndOfMessage)
            {
                continue;
            }

            return result.MessageType == WebSocketMessageType.Binary
                ? new ClientFrame(default, new ProtocolError(ErrorCodes.UnexpectedMessage, "Clients send JSON text messages; binary is for audio from the node."), false)
                : new ClientFrame(message.ToArray(), null, false);
        }
    }

    /// <inheritdoc />
    public async ValueTask CloseAsync(string reason, CancellationToken cancellationToken)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, reason.Length > 120 ? reason[..120] : reason, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The client went away first; there is nobody left to tell.
            }
        }
    }
}
