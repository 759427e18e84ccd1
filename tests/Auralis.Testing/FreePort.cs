using System.Net;
using System.Net.Sockets;

namespace Auralis.Testing;

/// <summary>Ports on loopback that nothing listens on right now.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>A UDP port on loopback that nothing is bound to right now.</summary>
    public static int NextUdp()
    {
        using var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.Client.LocalEndPoint!).Port;
    }
}
