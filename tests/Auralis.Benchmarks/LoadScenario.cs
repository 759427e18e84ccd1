using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using Auralis.Node;
using Auralis.Protocol.Audio;
using Auralis.Engine.Listeners;
using Microsoft.Extensions.DependencyInjection;

namespace Auralis.Benchmarks;

/// <summary>
/// The listener load scenario: a real node on loopback, then 200 WebSocket listeners on one session, then 20 sessions with
/// 5 listeners each, each phase for a set time (60 s by default): audio delivered per client, frames lost (gaps in the
/// chunks' frame indexes), p99 inter-arrival of audio chunks, and the process's CPU. A last phase puts 20 Opus and 20
/// pcm16 listeners on one session: bytes per listener for each, and the CPU of the session's one shared Opus encoder.
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
        // `load N opus` runs the Opus phase alone.
        if (!args.Contains("opus"))
        {
            await PhaseAsync(client, http, "200 listeners on one session", sessions: 1, listenersPerSession: 200, seconds);
            await PhaseAsync(client, http, "20 sessions x 5 listeners", sessions: 20, listenersPerSession: 5, seconds);
        }

        await OpusPhaseAsync(app, client, http, seconds);
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

    private static async Task OpusPhaseAsync(Microsoft.AspNetCore.Builder.WebApplication app, HttpClient client, int port, int seconds)
    {
        const string id = "load-opus";
        (await client.PostAsJsonAsync("/api/v1/sessions", new { id, intensity = 0.7 })).EnsureSuccessStatusCode();
        var opus = Enumerable.Range(0, 20).Select(_ => new Listener(id, AudioFormat.Opus)).ToArray();
        var pcm = Enumerable.Range(0, 20).Select(_ => new Listener(id, AudioFormat.Pcm16)).ToArray();
        var recorder = new Listener(id, AudioFormat.F32) { Keep = new List<float>(48_000 * 2 * 20) };
        await Task.WhenAll(opus.Concat(pcm).Append(recorder).Select(l => l.ConnectAsync(port)));
        var encoders = app.Services.GetRequiredService<Auralis.Node.Streaming.Opus.OpusEncoders>();
        // A connection joins its session's encoder when its audio loop first runs.
        while (encoders.Streams.All(s => s.Session.Value != id))
        {
            await Task.Delay(50);
        }

        var stream = encoders.Streams.Single(s => s.Session.Value == id);
        var encodeBefore = stream.EncodeTime;
        using var stop = new CancellationTokenSource();
        var wall = Stopwatch.StartNew();
        var running = opus.Concat(pcm).Append(recorder).Select(l => l.RunAsync(stop.Token)).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        await stop.CancelAsync();
        await Task.WhenAll(running);
        wall.Stop();
        var encoderCpu = (stream.EncodeTime - encodeBefore).TotalSeconds / wall.Elapsed.TotalSeconds;
        double PerSecond(Listener[] listeners) => listeners.Average(l => l.Bytes) / wall.Elapsed.TotalSeconds;
        double Delivered(Listener[] listeners) => listeners.Average(l => l.Frames) / 48_000.0 / wall.Elapsed.TotalSeconds;
        Console.WriteLine("-- Opus against pcm16: 20 + 20 listeners on one session");
        Console.WriteLine($"   bytes per listener: opus {PerSecond(opus) / 1000:0.0} kB/s ({PerSecond(opus) * 8 / 1000:0} kbit/s), pcm16 {PerSecond(pcm) / 1000:0.0} kB/s: opus is 1/{PerSecond(pcm) / Math.Max(1, PerSecond(opus)):0.0} of pcm16 (target <= 1/10)");
        Console.WriteLine($"   audio delivered per listener: opus {Delivered(opus):0.000}, pcm16 {Delivered(pcm):0.000} s per second; opus frames lost {opus.Sum(l => l.LostFrames)}");
        Console.WriteLine($"   the session's one Opus encoder, timed in the node: {encoderCpu * 100:0.00} % of a core by the wall clock (preemption on a busy machine counts), {encoders.Streams.Count} encoder(s) for {opus.Length} Opus listeners");
        Console.WriteLine($"   the encoder alone on {recorder.Keep.Count / 96_000.0:0.0} s of the session's audio: {EncoderCpu(recorder.Keep.ToArray()) * 100:0.00} % of a core by CPU time (target <= 3 %)");
        await client.DeleteAsync($"/api/v1/sessions/{id}");
    }

    // The process's CPU time while one encoder encodes the audio (several passes), over the audio's duration.
    private static double EncoderCpu(float[] interleaved)
    {
        var encoder = Auralis.Node.Streaming.Opus.SharedOpusStream.NewEncoder();
        var packet = new byte[OpusChunk.MaxPacketBytes];
        var step = OpusChunk.FramesPerPacket * 2;
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var encoded = 0L;
        for (var pass = 0; pass < 3; pass++)
        {
            for (var at = 0; at + step <= interleaved.Length; at += step)
            {
                encoder.Encode(interleaved.AsSpan(at, step), OpusChunk.FramesPerPacket, packet, packet.Length);
                encoded += OpusChunk.FramesPerPacket;
            }
        }

        process.Refresh();
        return (process.TotalProcessorTime - before).TotalSeconds / Math.Max(1e-9, encoded / 48_000.0);
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class Listener(string session, AudioFormat format = AudioFormat.Pcm16)
    {
        private readonly ClientWebSocket _socket = new();
        private ulong? _expected;
        private long _lastArrival;

        public long Frames { get; private set; }

        public long LostFrames { get; private set; }

        public long Bytes { get; private set; }

        /// <summary>Where a float32 listener keeps the samples it hears, up to the list's capacity.</summary>
        public List<float>? Keep { get; init; }

        public List<double> InterArrivalMs { get; } = [];

        public Task ConnectAsync(int port) =>
            _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/ws/sessions/{session}?audio={format.ToWord()}"), CancellationToken.None);

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

                    if (result.MessageType != WebSocketMessageType.Binary || !result.EndOfMessage || !TryRead(buffer.AsMemory(0, result.Count), out var first, out var count))
                    {
                        continue;
                    }

                    Bytes += result.Count;

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

        private bool TryRead(ReadOnlyMemory<byte> payload, out ulong first, out int count)
        {
            if (format == AudioFormat.Opus)
            {
                count = OpusChunk.FramesPerPacket;
                return OpusChunk.TryRead(payload, out first, out _, out _);
            }

            if (!AudioChunk.TryReadHeader(format, payload.Span, out first, out count, out _))
            {
                return false;
            }

            if (Keep is { } keep && keep.Count + (count * 2) <= keep.Capacity)
            {
                var samples = new float[count * 2];
                AudioChunk.TryDecode(format, payload.Span, samples, out _, out _, out _);
                keep.AddRange(samples);
            }

            return true;
        }
    }
}
