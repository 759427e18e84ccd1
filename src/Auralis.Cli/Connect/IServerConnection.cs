using Auralis.Protocol.Messages;

namespace Auralis.Cli.Connect;

/// <summary>One connection to a node's session, over either transport: messages out, messages and audio in.</summary>
/// <remarks>One caller at a time: the connect loop sends and receives in turn, so no writes ever overlap.</remarks>
public interface IServerConnection : IAsyncDisposable
{
    /// <summary>Sends one message.</summary>
    Task SendAsync(ClientMessage message, CancellationToken cancellationToken);

    /// <summary>Waits for the next message or chunk; <see cref="ServerInput.End"/> when the node closed the connection.</summary>
    Task<ServerInput> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Closes the connection cleanly (a WebSocket close handshake, a TCP shutdown).</summary>
    Task CloseAsync();
}
