using System.Net;
using System.Net.Sockets;
using Auralis.Protocol.Osc;

namespace Auralis.Node.Osc;

/// <summary>A UDP sender, answered from the node's OSC socket at the endpoint its packets came from.</summary>
internal sealed class OscUdpPeer(Socket socket, IPEndPoint remote) : OscPeer(remote)
{
    /// <summary>When the peer last sent a packet (the listener's datagram count then), for forgetting the idlest senders first.</summary>
    public long LastSeen { get; set; }

    public override bool IsDatagram => true;

    public override object Key => Remote;

    public override CancellationToken Gone => CancellationToken.None;

    public override void Send(OscMessage message)
    {
        try
        {
            using var packet = OscWriter.Rent(message);
            socket.SendTo(packet.Memory.Span, SocketFlags.None, Remote);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // UDP promises nothing; a peer that cannot be reached loses the event, and its subscription lapses.
        }
    }
}
