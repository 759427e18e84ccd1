using System.Net.Sockets;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Framing;
using Auralis.Protocol.Json;
using Auralis.Protocol.Messages;

namespace Auralis.Cli.Connect;

/// <summary>The TCP protocol: length-prefixed frames (JSON or audio), opened by a <c>hello</c> frame naming the session.</summary>
public sealed class TcpServerConnection : IServerConnection
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    private TcpServerConnection(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    /// <summary>Connects to <paramref name="endpoint"/> and sends the hello; a node that cannot be reached is a <see cref="CliFailure"/>.</summary>
    public static async Task<TcpServerConnection> OpenAsync(NodeEndpoint endpoint, string session, string? token, AudioFormat audio,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var client = new TcpClient { NoDelay = true };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ConnectTimeout);
            try
            {
                await client.ConnectAsync(endpoint.Host, endpoint.Port, timeout.Token).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                throw new CliFailure($"cannot reach the node at {endpoint}: {e.Message}{NodeHint.For(e)}", e);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new CliFailure($"cannot reach the node at {endpoint}: no answer within {ConnectTimeout.TotalSeconds:0} s", e);
            }

            var connection = new TcpServerConnection(client);
            await connection.SendAsync(new ClientMessages.Hello(session, token, audio), cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>The first frame a client sends: <c>hello</c> as a JSON frame.</summary>
    public static byte[] HelloFrame(string session, string? token, AudioFormat audio) =>
        FrameWriter.ToArray(FrameKind.Json, ProtocolJson.Write(new ClientMessages.Hello(session, token, audio)));

    /// <inheritdoc />
    public async Task SendAsync(ClientMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await FrameWriter.WriteFrameAsync(_stream, FrameKind.Json, ProtocolJson.Write(message), cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new CliFailure($"the connection to the node broke: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public async Task<ServerInput> ReceiveAsync(CancellationToken cancellationToken)
    {
        FrameReadResult result;
        try
        {
            result = await FrameReader.ReadFrameAsync(_stream, FrameReader.DefaultMaxFrameLength, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliFailure($"the connection to the node broke: {e.Message}", e);
        }

        return result.Status switch
        {
            FrameReadStatus.EndOfStream => ServerInput.End,
            FrameReadStatus.Error => throw new CliFailure($"protocol error {result.Error!.Code}: {result.Error.Message}"),
            _ when result.Frame.Kind == FrameKind.Audio => new ServerInput(null, result.Frame.Payload, false),
            _ => ServerInput.Decode(result.Frame.Payload.Span) is { } message ? new ServerInput(message, default, false) : await ReceiveAsync(cancellationToken).ConfigureAwait(false),
        };
    }

    /// <inheritdoc />
    public Task CloseAsync()
    {
        try
        {
            _client.Client.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
            // Already gone: there is nothing left to close.
        }
        catch (ObjectDisposedException)
        {
            // Already closed.
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _stream.Dispose();
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
