using System.Net.Sockets;
using Auralis.Protocol.Framing;

namespace Auralis.Node.Streaming;

/// <summary>A TCP connection as a client transport: 4-byte big-endian length, 1-byte kind, payload; the size is checked before allocating.</summary>
public sealed class TcpTransport(TcpClient client, int maxMessageBytes) : IClientTransport
{
    private readonly NetworkStream _stream = client.GetStream();

    /// <inheritdoc />
    public async ValueTask SendAsync(FrameKind kind, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        await FrameWriter.WriteFrameAsync(_stream, kind, payload, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<ClientFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        var result = await FrameReader.ReadFrameAsync(_stream, maxMessageBytes + 1, cancellationToken).ConfigureAwait(false);
        return result.Status switch
        {
            FrameReadStatus.EndOfStream => ClientFrame.End,
            // A bad frame leaves the stream at an unknown place: nothing after it can be trusted.
            FrameReadStatus.Error => new ClientFrame(default, result.Error, false, Fatal: true),
            _ when result.Frame.Kind != FrameKind.Json =>
                new ClientFrame(default, new Protocol.ProtocolError(Protocol.ErrorCodes.UnexpectedMessage, "Clients send JSON frames (kind 1)."), false),
            _ => new ClientFrame(result.Frame.Payload, null, false),
        };
    }

    /// <inheritdoc />
    public ValueTask CloseAsync(string reason, CancellationToken cancellationToken)
    {
        client.Close();
        return ValueTask.CompletedTask;
    }
}
