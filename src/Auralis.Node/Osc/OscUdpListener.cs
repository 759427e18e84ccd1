using System.Net;
using System.Net.Sockets;
using Auralis.Node.Configuration;
using Auralis.Node.Streaming;

namespace Auralis.Node.Osc;

/// <summary>OSC over UDP (port 7401, loopback by default): one datagram, one packet; senders are remembered by endpoint and rate-limited by address.</summary>
/// <remarks>
/// The table of senders is bounded: when it is full, the idlest quarter is forgotten to make room, so a flood from many
/// endpoints (any datagram counts, junk included) can never lock a real sender out; a forgotten sender is simply met anew.
/// One receive loop reads every datagram and hands it to the <see cref="OscDispatcher"/>, which reads it before it returns;
/// what must wait for a session runs on, so a slow session never stalls the socket, and at most <see cref="MaxInFlight"/>
/// packets wait at once. Nothing a datagram holds can end the loop.
/// </remarks>
public sealed class OscUdpListener(NodeOptions options, OscAccess access, OscDispatcher dispatcher, OscSessionLink sessions, ILogger<OscUdpListener> log)
    : BackgroundService
{
    private const int MaxInFlight = 256;
    private const int MaxSenders = 4096;

    private readonly Dictionary<IPEndPoint, OscUdpPeer> _peers = [];
    private readonly Dictionary<IPAddress, RateBucket> _buckets = [];
    private readonly SemaphoreSlim _inFlight = new(MaxInFlight);

    // Counts datagrams, ordering senders by their last one: a tie-free clock that the receive loop alone advances.
    private long _clock;

    /// <summary>The port bound, once listening.</summary>
    public int Port { get; private set; }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.OscUdp == 0)
        {
            log.LogInformation("OSC over UDP is off (--osc-udp 0)");
            return;
        }

        using var socket = new Socket(access.Host.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(access.Host, options.OscUdp));
        Port = ((IPEndPoint)socket.LocalEndPoint!).Port;
        log.LogInformation("OSC over UDP listens on {Address}:{Port}", access.Host, Port);
        await sessions.RegionAsync(stoppingToken).ConfigureAwait(false);
        var buffer = new byte[ushort.MaxValue];
        EndPoint any = new IPEndPoint(access.Host.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!stoppingToken.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, any, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (SocketException e)
            {
                // An ICMP "port unreachable" for an earlier reply can surface here; the socket itself is fine.
                log.LogDebug("OSC UDP receive: {Reason}", e.SocketErrorCode);
                continue;
            }

            await HandleAsync(socket, buffer.AsMemory(0, received.ReceivedBytes), (IPEndPoint)received.RemoteEndPoint, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(Socket socket, ReadOnlyMemory<byte> datagram, IPEndPoint remote, CancellationToken stoppingToken)
    {
        var peer = Peer(socket, remote);
        if (!Bucket(peer).TryTake())
        {
            dispatcher.Refuse(OscRejections.RateLimited);
            return;
        }

        await _inFlight.WaitAsync(stoppingToken).ConfigureAwait(false);
        var handled = dispatcher.HandleAsync(datagram.Span, peer, stoppingToken);
        if (handled.IsCompleted)
        {
            _inFlight.Release();
            return;
        }

        _ = handled.ContinueWith(static (_, gate) => ((SemaphoreSlim)gate!).Release(), _inFlight, CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private OscUdpPeer Peer(Socket socket, IPEndPoint remote)
    {
        if (_peers.TryGetValue(remote, out var known))
        {
            known.LastSeen = ++_clock;
            return known;
        }

        if (_peers.Count >= MaxSenders)
        {
            // A quarter at a time, so the sort is paid once per thousand new senders, not once per datagram.
            foreach (var idle in _peers.OrderBy(p => p.Value.LastSeen).Take(MaxSenders / 4).Select(p => p.Key).ToList())
            {
                _peers.Remove(idle);
            }
        }

        var peer = new OscUdpPeer(socket, remote) { LastSeen = ++_clock };
        _peers[remote] = peer;
        return peer;
    }

    private RateBucket Bucket(OscPeer peer)
    {
        if (!_buckets.TryGetValue(peer.Address, out var bucket))
        {
            if (_buckets.Count >= MaxSenders)
            {
                // The addresses a full table forgets get a fresh bucket, which is no more than a new sender gets anyway.
                _buckets.Clear();
            }

            _buckets[peer.Address] = bucket = new RateBucket(options.OscPacketsPerSecond);
        }

        return bucket;
    }
}
