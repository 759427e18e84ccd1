using System.Net.WebSockets;
using System.Text;
using Auralis.Protocol.Json;
using Auralis.Protocol.Messages;

namespace Auralis.Testing;

/// <summary>A real WebSocket client of the protocol.</summary>
public sealed class WebSocketTestClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly byte[] _buffer = new byte[1 << 20];

    private WebSocketTestClient(ClientWebSocket socket) => _socket = socket;

    public WebSocket Socket => _socket;

    public static async Task<WebSocketTestClient> ConnectAsync(Uri uri, string? origin = null)
    {
        var socket = new ClientWebSocket();
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        await socket.ConnectAsync(uri, CancellationToken.None);
        return new WebSocketTestClient(socket);
    }

    public Task SendAsync(ClientMessage message) => SendTextAsync(Encoding.UTF8.GetString(ProtocolJson.Write(message)));

    public async Task SendTextAsync(string text) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next whole message: its type and bytes, or null once the node closed.</summary>
    public async Task<(WebSocketMessageType Type, byte[] Data)?> ReadAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(_buffer, cancel.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(_buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return (result.MessageType, message.ToArray());
                }
            }
        }
        catch (WebSocketException)
        {
            return null;
        }
    }

    public async Task<T?> ReadUntilAsync<T>(Func<T, bool>? where = null, TimeSpan? timeout = null)
        where T : ServerMessage
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (await ReadAsync(deadline - DateTime.UtcNow) is not { } frame)
            {
                return null;
            }

            if (frame.Type == WebSocketMessageType.Text && ProtocolJson.TryReadServerMessage(frame.Data, out var message, out _)
                && message is T typed && (where is null || where(typed)))
            {
                return typed;
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
        }

        _socket.Dispose();
    }
}
