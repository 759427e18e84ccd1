using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Auralis.Cluster.Tests.Support;

/// <summary>One node of a test cluster: a real process of the node's build, on free loopback ports, journaling to PostgreSQL.</summary>
public sealed class ClusterNode : IAsyncDisposable
{
    private readonly Process _process;

    private ClusterNode(Process process, int httpPort, int tcpPort, int akkaPort)
    {
        _process = process;
        HttpPort = httpPort;
        TcpPort = tcpPort;
        AkkaPort = akkaPort;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int HttpPort { get; }

    public int TcpPort { get; }

    public int AkkaPort { get; }

    public string Address => $"akka.tcp://auralis@127.0.0.1:{AkkaPort}";

    public HttpClient Http { get; }

    public bool HasExited => _process.HasExited;

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Starts a node joining <paramref name="seed"/> (itself when null) and waits until it is Up and its journal answers.</summary>
    public static async Task<ClusterNode> StartAsync(string journal, int akkaPort, string seed, string data)
    {
        var http = FreePort();
        var tcp = FreePort();
        var node = typeof(Auralis.Node.NodeHost).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                node, "--http", $"http://127.0.0.1:{http}", "--tcp", tcp.ToString(), "--akka-port", akkaPort.ToString(), "--seed", seed,
                "--journal", journal, "--data", data, "--no-demo", "--osc-udp", "0",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(node)!,
        };
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The node did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var running = new ClusterNode(process, http, tcp, akkaPort);
        await running.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        return running;
    }

    public async Task WaitUntilReadyAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var answer = await Http.GetAsync("/health/ready");
                if (answer.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The node on {HttpPort} never became ready (exited: {_process.HasExited}).");
    }

    public async Task<JsonElement> GetAsync(string path) => await Http.GetFromJsonAsync<JsonElement>(path);

    /// <summary>The session's state and home node, or null while no node answers for it.</summary>
    public async Task<JsonElement?> SessionAsync(string id)
    {
        try
        {
            using var answer = await Http.GetAsync($"/api/v1/sessions/{id}");
            return answer.IsSuccessStatusCode ? await answer.Content.ReadFromJsonAsync<JsonElement>() : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>SIGKILL: no shutdown hook, no hand-off, no checkpoint.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as Ctrl-C: the node leaves the cluster and hands its sessions off first.</summary>
    public async Task LeaveAsync(TimeSpan limit)
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()]);
        await kill!.WaitForExitAsync();
        using var wait = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(wait.Token);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
