using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Auralis.Testing;

/// <summary>A node in a process of its own (the same build as the tests) on free loopback ports, which a test may kill outright or stop with SIGTERM.</summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private TextWriter? _log;

    private NodeProcess(Process process, int httpPort, int tcpPort, int akkaPort)
    {
        _process = process;
        HttpPort = httpPort;
        TcpPort = tcpPort;
        AkkaPort = akkaPort;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int HttpPort { get; }

    /// <summary>The node's process id, for reading its CPU time.</summary>
    public int ProcessId => _process.Id;

    public int TcpPort { get; }

    public int AkkaPort { get; }

    /// <summary>The node's Akka address, as seeds and <c>node</c> fields name it.</summary>
    public string Address => $"akka.tcp://auralis@127.0.0.1:{AkkaPort}";

    public HttpClient Http { get; }

    /// <summary>Starts a node on <paramref name="data"/> (OSC off, no demo), with <paramref name="options"/> added, and waits until it is ready.</summary>
    public static async Task<NodeProcess> StartAsync(string data, int? akkaPort = null, params string[] options)
    {
        var httpPort = FreePort.Next();
        var tcpPort = FreePort.Next();
        var akka = akkaPort ?? FreePort.Next();
        var node = typeof(Auralis.Node.NodeHost).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(node)!,
        };
        foreach (var argument in new[] { node, "--http", $"http://127.0.0.1:{httpPort}", "--tcp", tcpPort.ToString(), "--akka-port", akka.ToString(), "--data", data, "--no-demo", "--osc-udp", "0" }.Concat(options))
        {
            start.ArgumentList.Add(argument);
        }

        // AURALIS_NODE_LOGS=DIR keeps each node's log (at INFO, time-stamped) in DIR, to see what a cluster test's nodes did.
        var logs = Environment.GetEnvironmentVariable("AURALIS_NODE_LOGS");
        start.Environment["Logging__LogLevel__Default"] = string.IsNullOrEmpty(logs) ? "Warning" : "Information";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The node process did not start.");
        var log = string.IsNullOrEmpty(logs) ? null : TextWriter.Synchronized(new StreamWriter(Path.Combine(logs, $"node-{akka}-{process.Id}.log")) { AutoFlush = true });
        process.OutputDataReceived += (_, line) => log?.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {line.Data}");
        process.ErrorDataReceived += (_, line) => log?.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {line.Data}");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var running = new NodeProcess(process, httpPort, tcpPort, akka) { _log = log };
        await running.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        return running;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200 (the journal answers and the node is Up).</summary>
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

        throw new TimeoutException($"The node on port {HttpPort} never became ready (exited: {_process.HasExited}).");
    }

    public async Task<T?> GetAsync<T>(string path) => await Http.GetFromJsonAsync<T>(path);

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

    /// <summary>Kills the process at once (SIGKILL): no shutdown hook, no hand-off, no checkpoint.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGSTOP: the process freezes (no heartbeat, no write, sockets kept open) until <see cref="ThawAsync"/>.</summary>
    public Task FreezeAsync() => SignalAsync("-STOP");

    /// <summary>SIGCONT: a frozen process carries on where it stopped, unaware of the time that passed.</summary>
    public Task ThawAsync() => SignalAsync("-CONT");

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [signal, _process.Id.ToString()]);
        await kill!.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as Ctrl-C: the node leaves its cluster, handing its sessions off first, and exits.</summary>
    public async Task LeaveAsync(TimeSpan limit)
    {
        using var signal = Process.Start("kill", ["-TERM", _process.Id.ToString()]);
        await signal!.WaitForExitAsync();
        using var wait = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(wait.Token);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
        _log?.Dispose();
    }
}
