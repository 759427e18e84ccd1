using System.Net;
using System.Net.NetworkInformation;
using Auralis.Node.Configuration;
using Microsoft.Extensions.Primitives;

namespace Auralis.Node.Security;

/// <summary>The names the node answers to and its own web origins, taken from its configured HTTP address — never from a request's Host header.</summary>
/// <remarks>
/// A loopback node is 127.0.0.1, localhost and [::1]; a node bound to one name or address is that name; a node bound to every
/// interface (0.0.0.0, [::]) is the machine's name and its addresses. <see cref="NodeOptions.AllowedHosts"/> adds names (a
/// proxy's, a DNS name), and <c>*</c> there accepts any Host. A page served under a foreign name (DNS rebinding) therefore
/// reaches neither REST nor the WebSocket, whatever Host and Origin it sends.
/// </remarks>
public sealed class NodeNames
{
    private readonly List<StringSegment> _hosts;
    private readonly HashSet<string> _origins;

    /// <summary>The names of the node configured by <paramref name="options"/>.</summary>
    public NodeNames(NodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var http = new Uri(options.Http);
        var names = new List<string>(OwnNames(http.Host));
        names.AddRange(options.AllowedHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()));
        _hosts = names.Distinct(StringComparer.OrdinalIgnoreCase).Select(n => new StringSegment(n)).ToList();
        _origins = new HashSet<string>(
            names.Where(n => n != "*").Select(n => $"{http.Scheme}://{(n.Contains(':', StringComparison.Ordinal) && !n.StartsWith('[') ? $"[{n}]" : n)}:{http.Port}"),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The host names the node answers to (<c>*</c> when any is accepted).</summary>
    public IReadOnlyList<string> Hosts => _hosts.Select(h => h.Value!).ToArray();

    /// <summary>True when a request to <paramref name="host"/> is addressed to this node.</summary>
    public bool Accepts(HostString host) => host.HasValue && HostString.MatchesAny(new StringSegment(host.Host), _hosts);

    /// <summary>True when <paramref name="origin"/> is one of the node's own web origins (scheme, one of its names, its port).</summary>
    public bool IsOwnOrigin(string origin) => _origins.Contains(origin);

    private static IEnumerable<string> OwnNames(string host)
    {
        var bare = host.Trim('[', ']');
        if (host == "localhost" || (IPAddress.TryParse(bare, out var address) && IPAddress.IsLoopback(address)))
        {
            return ["127.0.0.1", "localhost", "[::1]"];
        }

        if (address is not null && (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)))
        {
            // Every interface: the machine answers to its own name and to each of its addresses, loopback included.
            var addresses = NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(n => n.GetIPProperties().UnicastAddresses)
                .Select(a => a.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{a.Address}]" : a.Address.ToString());
            return [Dns.GetHostName(), "localhost", .. addresses];
        }

        return [host];
    }
}
