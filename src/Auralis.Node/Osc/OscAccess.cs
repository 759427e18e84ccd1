using System.Net;
using Auralis.Node.Configuration;
using Auralis.Node.Hosting;
using Auralis.Node.Security;

namespace Auralis.Node.Osc;

/// <summary>
/// The same rights over OSC as over the other transports: an API key sent once with <c>/auralis/auth s</c>, or a sender
/// address on the <c>OscAllow</c> list (as a performer); a node without keys is open to loopback senders only.
/// </summary>
public sealed class OscAccess
{
    private readonly AccessPolicy _policy;
    private readonly HashSet<IPAddress> _allowed = [];

    /// <summary>Reads the allow-list and the binding; a bad address is a <see cref="FormatException"/>, an open node bound beyond loopback an <see cref="InvalidOperationException"/>.</summary>
    public OscAccess(NodeOptions options, AccessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(options);
        _policy = policy;
        foreach (var allowed in options.OscAllow)
        {
            _allowed.Add(IPAddress.TryParse(allowed, out var address)
                ? Plain(address)
                : throw new FormatException($"--osc-allow takes a sender's IP address, not '{allowed}'."));
        }

        Host = TcpAccept.Address(options.OscHost)
            ?? throw new FormatException($"--osc-host takes an IP address such as 127.0.0.1, not '{options.OscHost}'.");

        // Only the allow-list would keep strangers out of an open node listening beyond loopback.
        if (policy.IsOpen && !IPAddress.IsLoopback(Host) && _allowed.Count == 0 && (options.OscUdp != 0 || options.OscTcp != 0))
        {
            throw new InvalidOperationException(
                $"OSC would listen on {Host} with no API keys: configure Auralis:ApiKeys or --osc-allow, or leave --osc-host on loopback.");
        }
    }

    /// <summary>The address the OSC listeners bind.</summary>
    public IPAddress Host { get; }

    /// <summary>True when keys are configured, so that a UDP sender must show one before the node sends it anything.</summary>
    public bool NeedsKeys => !_policy.IsOpen;

    /// <summary>The role <paramref name="peer"/> has: its key's, an allow-listed address's, or everything on an open node's loopback.</summary>
    public Role? RoleOf(OscPeer peer)
    {
        ArgumentNullException.ThrowIfNull(peer);
        if (peer.Authenticated is { } role)
        {
            return role;
        }

        if (_allowed.Contains(peer.Address))
        {
            return Role.Performer;
        }

        return _policy.IsOpen && IPAddress.IsLoopback(peer.Address) ? Role.Admin : null;
    }

    /// <summary>Remembers the role <paramref name="token"/> grants <paramref name="peer"/>; false (and nothing remembered) for an unknown key.</summary>
    public bool Authenticate(OscPeer peer, string token)
    {
        ArgumentNullException.ThrowIfNull(peer);

        // On an open node every token "grants" admin; only where the sender stands may decide.
        var role = _policy.IsOpen ? RoleOf(peer) : _policy.RoleOf(token);
        if (role is null)
        {
            return false;
        }

        peer.Authenticated = role;
        return true;
    }

    private static IPAddress Plain(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
