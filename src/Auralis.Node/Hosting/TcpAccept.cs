using System.Net;
using System.Net.Sockets;

namespace Auralis.Node.Hosting;

/// <summary>What the node's TCP listeners (the protocol's and OSC's) share: the address a host name binds to, and the accept loop.</summary>
public static class TcpAccept
{
    /// <summary>The address <paramref name="host"/> binds to: loopback for none or <c>localhost</c>, the address it writes, or null for a name.</summary>
    public static IPAddress? Address(string? host) =>
        string.IsNullOrWhiteSpace(host) || host == "localhost" ? IPAddress.Loopback
        : IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address
        : null;

    /// <summary>Accepts clients until <paramref name="stoppingToken"/> fires, serving each on its own task.</summary>
    public static async Task RunAsync(TcpListener listener, Func<TcpClient, Task> serve, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(listener);
        ArgumentNullException.ThrowIfNull(serve);
        while (!stoppingToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            _ = Task.Run(() => serve(client), stoppingToken);
        }
    }
}
