using System.Diagnostics;
using System.Net.Http.Json;
using Auralis.Node;

namespace Auralis.Benchmarks;

/// <summary>
/// The long-render memory scenario: a real node on loopback renders one session over <c>GET …/render</c> for 60 s, 600 s and
/// 3,600 s of audio (WAV, read and discarded as it streams; then JSON), and prints each render's peak working set and
/// peak live managed heap beside the node's resting figures, so a render whose memory grows with its length shows at once.
/// </summary>
/// <remarks>The live heap is measured after a full collection every half second: what the render holds, not the garbage it leaves.</remarks>
internal static class RenderMemoryScenario
{
    public static void Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args)
    {
        var lengths = args.Length > 0 ? args.Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [60, 600, 3600];
        var data = Path.Combine(Path.GetTempPath(), "auralis-render-memory-" + Guid.NewGuid().ToString("N"));
        var http = FreePort();
        var app = NodeHost.Build(["--http", $"http://127.0.0.1:{http}", "--tcp", "0", "--osc-udp", "0", "--akka-port", FreePort().ToString(), "--data", data, "--no-demo"],
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{http}"), Timeout = Timeout.InfiniteTimeSpan };
        while (!(await client.GetAsync("/health/ready")).IsSuccessStatusCode)
        {
            await Task.Delay(200);
        }

        (await client.PostAsJsonAsync("/api/v1/sessions", new { id = "long", seed = 7, intensity = 0.7 })).EnsureSuccessStatusCode();
        var process = Process.GetCurrentProcess();
        GC.Collect();
        process.Refresh();
        Console.WriteLine($"Auralis long renders over REST, one node in this process, {Environment.ProcessorCount} cores");
        Console.WriteLine($"   at rest: working set {process.WorkingSet64 >> 20} MB, live heap {GC.GetTotalMemory(forceFullCollection: true) >> 20} MB");
        foreach (var seconds in lengths)
        {
            foreach (var format in new[] { "wav", "json" })
            {
                await MeasureAsync(client, process, seconds, format);
            }
        }

        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    private static async Task MeasureAsync(HttpClient client, Process process, int seconds, string format)
    {
        GC.Collect();
        using var done = new CancellationTokenSource();
        long peakSet = 0, peakHeap = 0;
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                process.Refresh();
                peakSet = Math.Max(peakSet, process.WorkingSet64);
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: true));
                await Task.Delay(500).ConfigureAwait(false);
            }
        });
        var wall = Stopwatch.StartNew();
        using var answer = await client.GetAsync($"/api/v1/sessions/long/render?seconds={seconds}&format={format}", HttpCompletionOption.ResponseHeadersRead);
        answer.EnsureSuccessStatusCode();
        await using var body = await answer.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long bytes = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
        }

        wall.Stop();
        await done.CancelAsync();
        await sampler;
        Console.WriteLine($"-- {seconds,5} s as {format,-4}: {bytes / 1e6,8:0.0} MB in {wall.Elapsed.TotalSeconds,6:0.0} s ({seconds / wall.Elapsed.TotalSeconds,5:0}x real time); "
            + $"peak working set {peakSet >> 20} MB, peak live heap {peakHeap >> 20} MB");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
