using System.Net;
using System.Net.Sockets;
using Auralis.Protocol.Osc;

namespace Auralis.Node.Tests.Osc;

/// <summary>A hand-built OSC client: a real UDP socket on loopback and the codec's writer and reader.</summary>
internal sealed class OscUdpTestClient(int port, string from = "127.0.0.1") : IDisposable
{
    private readonly UdpClient _udp = new(new IPEndPoint(IPAddress.Parse(from), 0));
    private readonly IPEndPoint _node = new(IPAddress.Loopback, port);

    public int LocalPort => ((IPEndPoint)_udp.Client.LocalEndPoint!).Port;

    public Task SendAsync(OscPacket packet) => SendRawAsync(OscWriter.ToArray(packet));

    public Task SendAsync(string address, params OscArgument[] arguments) => SendAsync(new OscMessage(address, arguments));

    public async Task SendRawAsync(byte[] datagram) => await _udp.SendAsync(datagram, _node);

    /// <summary>Reads datagrams until a message at <paramref name="address"/> arrives, or null when none does in time.</summary>
    public async Task<OscMessage?> ReceiveAsync(string address, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var received = await _udp.ReceiveAsync(cancel.Token);
                if (OscReader.TryRead(received.Buffer, out var packet, out _) && packet is OscMessage message && message.Address == address)
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Dispose() => _udp.Dispose();
}
