using System.Net;
using System.Net.Sockets;

namespace Auralis.Web.Tests.Support;

/// <summary>Ports on loopback that nothing listens on right now.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
