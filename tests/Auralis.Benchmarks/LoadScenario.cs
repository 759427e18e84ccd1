using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using Auralis.Node;
using Auralis.Protocol.Audio;
using Auralis.Engine.Listeners;

namespace Auralis.Benchmarks;

/// <summary>
/// The listener load scenario: a real node on loopback, then 200 WebSocket listeners on one session, then 20 sessions with
/// 5 listeners each, each phase for a set time (60 s by default): audio delivered per client, frames lost (gaps in the
/// chunks' frame indexes), p99 inter-arrival of audio chunks, and the process's CPU.
/// </summary>
internal static class LoadScenario
{
    public static void Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 60;
        var data = Path.Combine(Path.GetTempPath(), "auralis-load-" + Guid.NewGuid().ToString("N"));
        var http = FreePort();
        var app = NodeHost.Build(["--http", $"http://127.0.0.1:{http}", "--tcp", "0", "--akka-port", FreePort().ToString(), "--data", data, "--no-demo"],
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning", ["Auralis:MaxClientsPerSession"] = "1000", ["Auralis:RequestsPerMinute"] = "100000" });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{http}") };
        while (!(await client.GetAsync("/health/ready")).IsSuccessStatusCode)
        {
            await Task.Delay(200);
        }

        Console.WriteLine($"Auralis listener load: {seconds} s per phase, pcm16 over WebSocket, {Environment.ProcessorCount} cores");
        await PhaseAsync(client, http, "200 listeners on one session", sessions: 1, listenersPerSession: 200, seconds);
        await PhaseAsync(client, http, "20 sessions x 5 listeners", sessions: 20, listenersPerSession: 5, seconds);
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    private static async Task PhaseAsync(HttpClient client, int port, string title, int sessions, int listenersPerSession, int seconds)
    {
        var ids = Enumerable.Range(0, sessions).Select(i => $"load-{sessions}-{i}").ToArray();
        foreach (var id in ids)
        {
            (await client.PostAsJsonAsync("/api/v1/sessions", new { id, intensity = 0.7 })).EnsureSuccessStatusCode();
        }

        using var stop = new CancellationTokenSource();
        var process = Process.GetCurrentProcess();
        var listeners = ids.SelectMany(id => Enumerable.Range(0, listenersPerSession).Select(_ => new Listener(id))).ToArray();
        await Task.WhenAll(listeners.Select(l => l.ConnectAsync(port)));
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var running = listeners.Select(l => l.RunAsync(stop.Token)).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        await stop.CancelAsync();
        await Task.WhenAll(running);
        wall.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds / wall.Elapsed.TotalSeconds;

        var delivered = listeners.Select(l => l.Frames / 48_000.0 / wall.Elapsed.TotalSeconds).Order().ToArray();
        var gaps = listeners.Sum(l => l.LostFrames);
        var arrivals = listeners.SelectMany(l => l.InterArrivalMs).Order().ToArray();
        Console.WriteLine($"-- {title}: {listeners.Length} clients");
        Console.WriteLine($"   audio delivered per client: min {delivered[0]:0.000} / median {delivered[delivered.Length / 2]:0.000} / max {delivered[^1]:0.000} s of audio per second");
        Console.WriteLine($"   frames lost (gaps in frame indexes): {gaps} of {listeners.Sum(l => l.Frames) + gaps} ({100.0 * gaps / Math.Max(1, listeners.Sum(l => l.Frames) + gaps):0.000} %)");
        Console.WriteLine($"   chunk inter-arrival: p50 {Percentile(arrivals, 0.50):0.0} ms, p99 {Percentile(arrivals, 0.99):0.0} ms, max {arrivals[^1]:0.0} ms");
        Console.WriteLine($"   CPU: {cpu * 100:0} % of one core ({cpu * 100 / Environment.ProcessorCount:0} % of the machine), node and clients together");
        foreach (var id in ids)
        {
            await client.DeleteAsync($"/api/v1/sessions/{id}");
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class Listener(string session)
    {
        private readonly ClientWebSocket _socket = new();
        private ulong? _expected;
        private long _lastArrival;

        public long Frames { get; private set; }

        public long LostFrames { get; private set; }

        public List<double> InterArrivalMs { get; } = [];

        public Task ConnectAsync(int port) => _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/ws/sessions/{session}?audio=pcm16"), CancellationToken.None);

        public async Task RunAsync(CancellationToken stop)
        {
            var buffer = new byte[1 << 16];
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    var result = await _socket.ReceiveAsync(buffer, stop);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    if (result.MessageType != WebSocketMessageType.Binary || !result.EndOfMessage
                        || !AudioChunk.TryReadHeader(AudioFormat.Pcm16, buffer.AsSpan(0, result.Count), out var first, out var count, out _))
                    {
                        continue;
                    }

                    var now = Stopwatch.GetTimestamp();
                    if (_lastArrival != 0)
                    {
                        InterArrivalMs.Add(Stopwatch.GetElapsedTime(_lastArrival, now).TotalMilliseconds);
                    }

                    _lastArrival = now;
                    if (_expected is { } expected && first > expected)
                    {
                        LostFrames += (long)(first - expected);
                    }

                    _expected = first + (ulong)count;
                    Frames += count;
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (WebSocketException)
            {
            }
        }
    }
}
