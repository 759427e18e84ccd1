using System.Globalization;
using Auralis.Cli.Arguments;

namespace Auralis.Cli.Connect;

/// <summary>Where a node listens: its TCP protocol port (<c>--tcp HOST:PORT</c>) or its HTTP address for WebSocket (<c>--url</c>).</summary>
public sealed record NodeEndpoint(string Host, int Port, Uri? HttpUrl)
{
    /// <summary>The node's TCP protocol address when none is given.</summary>
    public const string DefaultTcp = "127.0.0.1:7400";

    /// <summary>True for the TCP transport, false for WebSocket.</summary>
    public bool IsTcp => HttpUrl is null;

    /// <summary>Parses <c>HOST:PORT</c> (an IPv6 host in brackets: <c>[::1]:7400</c>).</summary>
    public static NodeEndpoint Tcp(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.LastIndexOf(':');
        var host = colon > 0 ? text[..colon].Trim('[', ']') : string.Empty;
        if (host.Length == 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new UsageException($"--tcp needs HOST:PORT such as {DefaultTcp}, not '{text}'");
        }

        return new NodeEndpoint(host, port, null);
    }

    /// <summary>Parses the node's HTTP address, <c>http://HOST:PORT</c> (https, ws and wss are accepted too).</summary>
    public static NodeEndpoint WebSocket(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "ws" or "wss") || uri.Host.Length == 0)
        {
            throw new UsageException($"--url needs an address such as http://127.0.0.1:5000, not '{text}'");
        }

        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        var builder = new UriBuilder(uri) { Path = path, Query = string.Empty, Fragment = string.Empty };
        return new NodeEndpoint(uri.Host, uri.Port, builder.Uri);
    }

    /// <summary>The WebSocket address of session <paramref name="session"/>: <c>ws://HOST:PORT/ws/sessions/{id}?audio=…&amp;access_token=…</c>.</summary>
    public Uri WebSocketUri(string session, string audio, string? token)
    {
        var http = HttpUrl ?? throw new InvalidOperationException("A TCP endpoint has no WebSocket address.");
        var scheme = http.Scheme is "https" or "wss" ? "wss" : "ws";
        var query = "audio=" + Uri.EscapeDataString(audio) + (token is null ? string.Empty : "&access_token=" + Uri.EscapeDataString(token));
        return new UriBuilder(http)
        {
            Scheme = scheme,
            Port = http.Port,
            Path = http.AbsolutePath + "ws/sessions/" + Uri.EscapeDataString(session),
            Query = query,
        }.Uri;
    }

    /// <inheritdoc />
    public override string ToString() => HttpUrl?.ToString() ?? (Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}");
}
