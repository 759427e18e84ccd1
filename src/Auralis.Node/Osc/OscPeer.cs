using System.Net;
using Auralis.Node.Security;
using Auralis.Protocol.Osc;

namespace Auralis.Node.Osc;

/// <summary>Whoever sent an OSC packet: a UDP endpoint or a TCP connection, with the role it has shown a key for, and how to answer it.</summary>
public abstract class OscPeer
{
    /// <summary>Creates a peer at <paramref name="remote"/>.</summary>
    protected OscPeer(IPEndPoint remote)
    {
        ArgumentNullException.ThrowIfNull(remote);
        Remote = remote;
        Address = remote.Address.IsIPv4MappedToIPv6 ? remote.Address.MapToIPv4() : remote.Address;
    }

    /// <summary>The sender's endpoint.</summary>
    public IPEndPoint Remote { get; }

    /// <summary>The sender's address, IPv4-mapped addresses as plain IPv4 so that the allow-list reads naturally.</summary>
    public IPAddress Address { get; }

    /// <summary>True for UDP, whose sender address anyone can forge: the node answers it only after a key.</summary>
    public abstract bool IsDatagram { get; }

    /// <summary>What identifies the peer across packets: the endpoint for UDP, the connection for TCP.</summary>
    public abstract object Key { get; }

    /// <summary>Cancelled when the peer can no longer be answered (a TCP connection closed); never for UDP.</summary>
    public abstract CancellationToken Gone { get; }

    /// <summary>The role of the key the peer sent with <c>/auralis/auth</c>, if any.</summary>
    public Role? Authenticated { get; set; }

    /// <summary>Sends <paramref name="message"/> without waiting; a peer that cannot take it loses it.</summary>
    public abstract void Send(OscMessage message);
}
