using Auralis.Node.Configuration;

namespace Auralis.Node.Hosting;

/// <summary>What the node prints once it is up: where to listen (the web client on the demo session) and its other endpoints.</summary>
public static class StartupBanner
{
    /// <summary>The banner's lines for a node with <paramref name="options"/>; the first is <c>Listening: http://…/#/sessions/demo</c>.</summary>
    public static IReadOnlyList<string> Lines(NodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var http = new Uri(options.Http);
        var page = $"{http.GetLeftPart(UriPartial.Authority)}/{(options.NoDemo ? string.Empty : "#/sessions/" + DemoSession.Id.Value)}";
        var host = http.Host == "localhost" ? "127.0.0.1" : http.Host;
        var osc = string.IsNullOrWhiteSpace(options.OscHost) ? "127.0.0.1" : options.OscHost;
        var endpoints = new List<string>
        {
            options.Tcp == 0 ? "TCP protocol: off" : $"TCP protocol: {host}:{options.Tcp}",
            options.OscUdp == 0 ? "OSC/UDP: off" : $"OSC/UDP: {osc}:{options.OscUdp}",
        };
        if (options.OscTcp != 0)
        {
            endpoints.Add($"OSC/TCP: {osc}:{options.OscTcp}");
        }

        endpoints.Add($"Akka remoting: {options.AkkaHost}:{options.AkkaPort}");
        return
        [
            $"Listening: {page}",
            "  " + string.Join("   ", endpoints),
            options.NoDemo ? "  Open the page and create a session; Ctrl-C stops the node." : "  Open the page and press Play; Ctrl-C stops the node.",
        ];
    }
}
