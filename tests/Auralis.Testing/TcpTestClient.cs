using System.Net.Sockets;
using System.Text;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Framing;
using Auralis.Protocol.Json;
using Auralis.Protocol.Messages;

namespace Auralis.Testing;

/// <summary>A real TCP client of the framed protocol.</summary>
public sealed class TcpTestClient : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    private TcpTestClient(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    public static async Task<TcpTestClient> ConnectAsync(int port)
    {
        var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        return new TcpTestClient(client);
    }

    public Task HelloAsync(string session, string? token = null, AudioFormat audio = AudioFormat.F32) =>
        SendAsync(new ClientMessages.Hello(session, token, audio));

    public async Task SendAsync(ClientMessage message) => await FrameWriter.WriteFrameAsync(_stream, FrameKind.Json, ProtocolJson.Write(message));

    public async Task SendJsonAsync(string json) => await FrameWriter.WriteFrameAsync(_stream, FrameKind.Json, Encoding.UTF8.GetBytes(json));

    public async Task SendRawAsync(byte[] bytes) => await _stream.WriteAsync(bytes);

    /// <summary>The next frame, or null when the node closed the connection.</summary>
    public async Task<Frame?> ReadAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        try
        {
            var result = await FrameReader.ReadFrameAsync(_stream, 1 << 24, cancel.Token);
            return result.Status == FrameReadStatus.Frame ? result.Frame : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Reads until a JSON message of type <typeparamref name="T"/> arrives (null if the connection ends first).</summary>
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

            if (frame.Kind == FrameKind.Json && ProtocolJson.TryReadServerMessage(frame.Payload.Span, out var message, out _)
                && message is T typed && (where is null || where(typed)))
            {
                return typed;
            }
        }

        return null;
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
