using Auralis.Protocol;
using Auralis.Protocol.Framing;

namespace Auralis.Node.Streaming;

/// <summary>One client's socket as a connection sees it: whole frames out, whole JSON messages in. WebSocket and TCP each implement it.</summary>
public interface IClientTransport
{
    /// <summary>Sends one JSON message or audio chunk; only one send runs at a time.</summary>
    ValueTask SendAsync(FrameKind kind, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);

    /// <summary>The next message from the client: its JSON, a protocol error for what arrived instead, or the end.</summary>
    ValueTask<ClientFrame> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Closes the socket, saying why.</summary>
    ValueTask CloseAsync(string reason, CancellationToken cancellationToken);
}

/// <summary>What a client sent: a JSON message, an error (the connection survives unless <paramref name="Fatal"/>), or the end of the stream.</summary>
public readonly record struct ClientFrame(ReadOnlyMemory<byte> Json, ProtocolError? Error, bool Ended, bool Fatal = false)
{
    /// <summary>The client closed the connection.</summary>
    public static ClientFrame End => new(default, null, true);
}
