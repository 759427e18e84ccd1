using System.Net;
using System.Net.Sockets;

namespace Auralis.Testing;

/// <summary>Ports on loopback that nothing listens on right now, each handed out once per test process.</summary>
/// <remarks>
/// The kernel may give a just-released ephemeral port to the next probe, so two calls in a row could name the same
/// port: a node then bound its HTTP and Akka ports to one number and failed to start (seen in CI).
/// </remarks>
public static class FreePort
{
    private static readonly HashSet<int> HandedOut = [];

    public static int Next() => Unique(() =>
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    });

    /// <summary>A UDP port on loopback that nothing is bound to right now.</summary>
    public static int NextUdp() => Unique(() =>
    {
        using var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.Client.LocalEndPoint!).Port;
    });

    private static int Unique(Func<int> probe)
    {
        lock (HandedOut)
        {
            while (true)
            {
                var port = probe();
                if (HandedOut.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
