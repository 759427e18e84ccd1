using System.Diagnostics;
using System.Net.Http.Json;

namespace Auralis.Node.Tests.Support;

/// <summary>A node in a process of its own (the same build as the tests), which a test may kill outright.</summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;

    private NodeProcess(Process process, int httpPort, int tcpPort)
    {
        _process = process;
        HttpPort = httpPort;
        TcpPort = tcpPort;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int HttpPort { get; }

    public int TcpPort { get; }

    public HttpClient Http { get; }

    public static async Task<NodeProcess> StartAsync(string data)
    {
        var httpPort = FreePort.Next();
        var tcpPort = FreePort.Next();
        var node = typeof(NodeHost).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { node, "--http", $"http://127.0.0.1:{httpPort}", "--tcp", tcpPort.ToString(), "--akka-port", FreePort.Next().ToString(), "--data", data, "--no-demo", "--osc-udp", "0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(node)!,
        };
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The node process did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var running = new NodeProcess(process, httpPort, tcpPort);
        await running.WaitUntilReadyAsync();
        return running;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
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

        throw new TimeoutException($"The node process never became ready (exited: {_process.HasExited}).");
    }

    /// <summary>Kills the process at once (SIGKILL): no shutdown hook, no checkpoint.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async Task<T?> GetAsync<T>(string path) => await Http.GetFromJsonAsync<T>(path);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }
}
