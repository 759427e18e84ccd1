using System.Net;
using Auralis.Node.Configuration;

namespace Auralis.Node.Security;

/// <summary>
/// Who may do what: bearer API keys with roles. A node with no keys is open (everyone is admin) — allowed only when it
/// listens on loopback, where only this machine can reach it.
/// </summary>
public sealed class AccessPolicy
{
    private readonly Dictionary<string, Role> _keys;

    /// <summary>Reads the keys of <paramref name="options"/>; an unknown role or an empty key is a <see cref="FormatException"/>.</summary>
    public AccessPolicy(NodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keys = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var key in options.ApiKeys)
        {
            if (string.IsNullOrWhiteSpace(key.Key))
            {
                throw new FormatException("An API key must not be empty.");
            }

            _keys[key.Key] = Enum.TryParse<Role>(key.Role, ignoreCase: true, out var role) && Enum.IsDefined(role)
                ? role
                : throw new FormatException($"'{key.Role}' is not a role: use listener, performer or admin.");
        }
    }

    /// <summary>True when no key is configured and everyone may do everything.</summary>
    public bool IsOpen => _keys.Count == 0;

    /// <summary>The role <paramref name="token"/> grants, or null when it grants none.</summary>
    public Role? RoleOf(string? token) => IsOpen ? Role.Admin : token is not null && _keys.TryGetValue(token, out var role) ? role : null;

    /// <summary>The token of a request: the bearer header, or the <c>access_token</c> query parameter (browsers cannot set headers on WebSockets).</summary>
    public static string? TokenOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header[7..].Trim();
        }

        return context.Request.Query.TryGetValue("access_token", out var token) ? token.ToString() : null;
    }

    /// <summary>Refuses an open node bound beyond loopback.</summary>
    public void CheckBinding(Uri http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (IsOpen && !IsLoopback(http.Host))
        {
            throw new InvalidOperationException(
                $"The node would listen on {http.Host} with no API keys: configure Auralis:ApiKeys (or AURALIS_APIKEYS__0__KEY and __ROLE), or bind to 127.0.0.1.");
        }
    }

    /// <summary>
    /// Refuses an open node whose Akka remoting is bound beyond loopback: remoting authenticates no one, so the node holds it
    /// to the rule HTTP follows — off loopback only with keys, and then on a network only cluster members reach.
    /// </summary>
    public void CheckRemoting(string akkaHost)
    {
        if (IsOpen && !IsLoopback(akkaHost ?? string.Empty))
        {
            throw new InvalidOperationException(
                $"Akka remoting would listen on {akkaHost} on a node with no API keys: configure Auralis:ApiKeys, or keep --akka-host on 127.0.0.1.");
        }
    }

    private static bool IsLoopback(string host) =>
        host is "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
