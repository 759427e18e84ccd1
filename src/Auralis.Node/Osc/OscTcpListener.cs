using System.Net;
using System.Net.Sockets;
using Auralis.Node.Configuration;
using Auralis.Node.Hosting;
using Auralis.Node.Streaming;
using Auralis.Protocol;
using Auralis.Protocol.Osc;

namespace Auralis.Node.Osc;

/// <summary>OSC over TCP: packets framed by OSC 1.0's int32 length prefix, or by SLIP when <c>OscFraming</c> is <c>slip</c>.</summary>
/// <remarks>
/// Each connection is one peer with its own key and rate; its packets are handled in order. A SLIP stream recovers at the next
/// END after a bad packet; a length prefix over the limit leaves no way to find the next packet, so that connection is closed.
/// </remarks>
public sealed class OscTcpListener(NodeOptions options, OscAccess access, OscDispatcher dispatcher, ILogger<OscTcpListener> log) : BackgroundService
{
    private delegate bool Cut(ref ReadOnlySpan<byte> input, out byte[] packet, out ProtocolError? error);

    /// <summary>The port bound, once listening.</summary>
    public int Port { get; private set; }

    private bool Slip => string.Equals(options.OscFraming, "slip", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.OscTcp == 0)
        {
            return;
        }

        using var listener = new TcpListener(access.Host, options.OscTcp);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        log.LogInformation("OSC over TCP ({Framing}) listens on {Address}:{Port}", Slip ? "SLIP" : "length prefix", access.Host, Port);
        await TcpAccept.RunAsync(listener, client => ServeAsync(client, stoppingToken), stoppingToken).ConfigureAwait(false);
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stoppingToken)
    {
        using var _ = client;
        using var gone = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var stream = client.GetStream();
        var peer = new OscTcpPeer((IPEndPoint)client.Client.RemoteEndPoint!, Slip, gone.Token);
        var sending = peer.SendLoopAsync(stream, gone.Token);
        var cut = Cutter();
        var bucket = new RateBucket(options.OscPacketsPerSecond);
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer, gone.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                var (packets, errors, fatal) = CutAll(cut, buffer.AsSpan(0, read));
                foreach (var error in errors)
                {
                    dispatcher.Refuse(error);
                }

                foreach (var packet in packets)
                {
                    if (!bucket.TryTake())
                    {
                        dispatcher.Refuse(OscRejections.RateLimited);
                        continue;
                    }

                    await dispatcher.HandleAsync(packet, peer, gone.Token).ConfigureAwait(false);
                }

                if (fatal)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            log.LogDebug("An OSC TCP client went away: {Reason}", e.Message);
        }
        finally
        {
            await gone.CancelAsync().ConfigureAwait(false);
            try
            {
                await sending.ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The connection is closing either way.
            }
        }
    }

    private Cut Cutter() => Slip ? new OscSlipDecoder().TryRead : new OscLengthPrefixDecoder().TryRead;

    /// <summary>Every packet and error in one read; fatal when the framing is lost.</summary>
    private static (List<byte[]> Packets, List<string> Errors, bool Fatal) CutAll(Cut cut, ReadOnlySpan<byte> input)
    {
        var packets = new List<byte[]>();
        var errors = new List<string>();
        while (!input.IsEmpty)
        {
            if (cut(ref input, out var packet, out var error))
            {
                packets.Add(packet);
                continue;
            }

            if (error is null)
            {
                break;
            }

            errors.Add(error.Code);
            if (cut.Target is OscLengthPrefixDecoder)
            {
                return (packets, errors, true);
            }
        }

        return (packets, errors, false);
    }
}
