using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Auralis.Testing;

namespace Auralis.Benchmarks;

/// <summary>
/// What a session costs: a Release node in a process of its own on loopback, and its CPU time in each phase, each over
/// <c>--seconds</c> (60 by default): no session; <c>--sessions</c> (100) stopped sessions; as many playing sessions that
/// nobody listens to, once the grace period (<c>--grace</c>, 5 s here, 60 s on a node by default) has put them to sleep;
/// the same sessions with two pcm16 WebSocket listeners each (this process's clients): underruns, frames lost and CPU
/// per session. <c>--most 150,200</c> then adds sessions with listeners, step by step, until one shows an underrun.
/// </summary>
internal static class SessionsScenario
{
    private const int ListenersPerSession = 2;

    // Every collection collects generation 0, so its count is the number of collections.
    private const string Gen0Collections = "dotnet_gc_collections_total{generation=\"0\"}";

    // After sessions start, the JIT compiles the paths they take for the first time and then again, optimized, in the
    // background for some seconds: a one-off, not what a session costs, so each phase waits it out before measuring.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(20);

    public static void Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", "60");
        var sessions = int.Parse(Option(args, "--sessions", "100"), CultureInfo.InvariantCulture);
        var grace = Option(args, "--grace", "5");
        var listenOnly = args.Contains("--listen-only");
        var steps = Option(args, "--most", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
        var window = TimeSpan.FromSeconds(int.Parse(seconds, CultureInfo.InvariantCulture));

        // Every request of the scenario comes from one address: the node's per-address limit would refuse most of them.
        Environment.SetEnvironmentVariable("AURALIS_REQUESTS_PER_MINUTE", "1000000");
        var data = Path.Combine(Path.GetTempPath(), "auralis-sessions-" + Guid.NewGuid().ToString("N"));
        var listeners = new List<SessionsListener>();
        var running = new List<Task>();
        using var stop = new CancellationTokenSource();
        var node = await NodeProcess.StartAsync(data, null, "--listener-grace", grace);
        try
        {
            var figures = new NodeFigures(node.ProcessId, node.Http);
            Console.WriteLine($"Auralis sessions: a node in its own process, {window.TotalSeconds:0} s per phase, listener grace {grace} s, "
                + $"{Environment.ProcessorCount} cores");

            var ids = Enumerable.Range(0, sessions).Select(i => $"s{i:000}").ToArray();
            if (listenOnly)
            {
                foreach (var id in ids)
                {
                    (await node.Http.PostAsJsonAsync("/api/v1/sessions", new { id, intensity = 0.7 })).EnsureSuccessStatusCode();
                }
            }
            else
            {
                await IdlePhasesAsync(node, figures, ids, window);
            }

            var crowd = (listeners, running, stop.Token);
            var held = await ListenAsync(node, figures, ids, crowd, window);
            var most = held ? ids.Length : 0;
            foreach (var count in steps.Where(c => c > sessions))
            {
                if (!held)
                {
                    break;
                }

                var more = Enumerable.Range(ids.Length, count - ids.Length).Select(i => $"s{i:000}").ToArray();
                foreach (var id in more)
                {
                    (await node.Http.PostAsJsonAsync("/api/v1/sessions", new { id, intensity = 0.7 })).EnsureSuccessStatusCode();
                }

                ids = [.. ids, .. more];
                held = await ListenAsync(node, figures, more, crowd, window, ids.Length);
                most = held ? ids.Length : most;
            }

            if (steps.Length > 0)
            {
                Console.WriteLine(most > 0
                    ? $"-- the most playing sessions with {ListenersPerSession} listeners each this node held for {window.TotalSeconds:0} s at 0 underruns: {most}"
                        + (held ? " (the largest step tried)" : string.Empty)
                    : $"-- this node did not hold {sessions} playing sessions with listeners at 0 underruns");
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(running);
            await Task.WhenAll(listeners.Select(l => l.DisposeAsync().AsTask()));
            await node.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    // The node with no session, with the sessions created stopped, then playing with nobody listening once they slept.
    private static async Task IdlePhasesAsync(NodeProcess node, NodeFigures figures, string[] ids, TimeSpan window)
    {
        await Task.Delay(Settle);
        Idle("no session", 0, await figures.CpuOverAsync(window), target: 0.02);

        foreach (var id in ids)
        {
            (await node.Http.PostAsJsonAsync("/api/v1/sessions", new { id, play = false, intensity = 0.7 })).EnsureSuccessStatusCode();
        }

        await UntilSleepingAsync(figures, ids.Length, TimeSpan.FromMinutes(2));
        await Task.Delay(Settle);
        Idle("stopped sessions", ids.Length, await figures.CpuOverAsync(window), target: 0.02);

        foreach (var id in ids)
        {
            (await node.Http.PostAsJsonAsync($"/api/v1/sessions/{id}/transport", new { command = "play" })).EnsureSuccessStatusCode();
        }

        // A play is an input: each session renders it and its tail, then sleeps again, as nobody listens.
        await UntilSleepingAsync(figures, ids.Length, TimeSpan.FromMinutes(3));
        await Task.Delay(Settle);
        Idle("playing sessions nobody listens to, asleep", ids.Length, await figures.CpuOverAsync(window), target: 0.03);
    }

    // Connects two listeners to each of newIds, lets them settle, and measures every listener over the window; true when
    // nobody heard an underrun or lost a frame.
    private static async Task<bool> ListenAsync(NodeProcess node, NodeFigures figures, string[] newIds,
        (List<SessionsListener> Listeners, List<Task> Running, CancellationToken Stop) crowd, TimeSpan window, int? playing = null)
    {
        var joining = newIds.SelectMany(id => Enumerable.Range(0, ListenersPerSession).Select(_ => new SessionsListener(id))).ToArray();
        await Task.WhenAll(joining.Select(l => l.ConnectAsync(node.HttpPort)));
        var listeners = crowd.Listeners;
        listeners.AddRange(joining);
        crowd.Running.AddRange(joining.Select(l => Task.Run(() => l.RunAsync(crowd.Stop))));

        await Task.Delay(Settle);

        var sessions = playing ?? newIds.Length;
        var before = Snapshot(listeners);
        listeners.ForEach(l => l.ResetGaps());
        var renderUnderruns = await figures.RenderUnderrunsAsync();
        var renderSeconds = await figures.RenderSecondsAsync();
        var lateBlocks = await figures.MetricAsync("auralis_render_late_blocks_total");
        var gcPause = await figures.MetricAsync("dotnet_gc_pause_seconds_total");
        var gcs = await figures.MetricAsync(Gen0Collections);
        var host = HostCpu.Read();
        var own = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var cpu = await figures.CpuOverAsync(window);
        var elapsed = wall.Elapsed.TotalSeconds;
        var after = Snapshot(listeners);
        var clientsCpu = (Process.GetCurrentProcess().TotalProcessorTime - own).TotalSeconds / elapsed;
        var hostBusy = HostCpu.Read().BusySince(host);
        renderUnderruns = await figures.RenderUnderrunsAsync() - renderUnderruns;
        renderSeconds = (await figures.RenderSecondsAsync() - renderSeconds) / elapsed;
        lateBlocks = await figures.MetricAsync("auralis_render_late_blocks_total") - lateBlocks;
        gcPause = await figures.MetricAsync("dotnet_gc_pause_seconds_total") - gcPause;
        gcs = await figures.MetricAsync(Gen0Collections) - gcs;
        Console.WriteLine($"-- {sessions} playing sessions x {ListenersPerSession} pcm16 WebSocket listeners ({listeners.Count} clients)");
        Console.WriteLine($"   underruns: {after.Underruns - before.Underruns} counted by the node for its clients, {renderUnderruns} render threads waiting for material");
        Console.WriteLine($"   frames lost (gaps in frame indexes): {after.Lost - before.Lost}; dropped for slow clients: {after.Dropped - before.Dropped}; "
            + $"audio delivered {(after.Frames - before.Frames) / 48_000.0 / elapsed / listeners.Count:0.000} s per second per client");
        Console.WriteLine($"   node CPU: {cpu * 100:0.0} % of one core, {cpu * 100 / sessions:0.00} % per playing session (target <= 1.5 %); "
            + $"rendering itself {renderSeconds * 100 / sessions:0.00} % per session");
        Console.WriteLine($"   render threads behind the wall clock: {lateBlocks:0} blocks; node GC: {gcs:0} collections, paused {gcPause * 1000:0} ms");
        Console.WriteLine($"   clients (this process): {clientsCpu * 100:0.0} % of one core; {after.Heard - before.Heard} underruns heard (a chunk after the client "
            + $"had played all it had), longest wait between chunks {listeners.Max(l => l.LongestGap).TotalMilliseconds:0} ms; the host's cores {hostBusy * 100:0} % busy, "
            + $"load average {HostCpu.LoadAverage()}");
        return after.Underruns == before.Underruns && after.Heard == before.Heard && after.Lost == before.Lost && renderUnderruns == 0;
    }

    private static void Idle(string title, int sessions, double cpu, double target)
    {
        var who = sessions == 0 ? title : $"{sessions} {title}";
        Console.WriteLine($"-- {who}: node CPU {cpu * 100:0.00} % of one core (target <= {target * 100:0} %)"
            + (sessions > 0 ? $", {cpu * 100 / sessions:0.000} % per session" : string.Empty));
    }

    private static async Task UntilSleepingAsync(NodeFigures figures, int sessions, TimeSpan limit)
    {
        var deadline = Stopwatch.StartNew();
        while (await figures.SleepingAsync() < sessions)
        {
            if (deadline.Elapsed > limit)
            {
                throw new TimeoutException($"Only {await figures.SleepingAsync()} of {sessions} sessions fell asleep in {limit.TotalSeconds:0} s.");
            }

            await Task.Delay(500);
        }
    }

    private static (long Frames, long Lost, long Underruns, long Dropped, long Heard) Snapshot(List<SessionsListener> listeners) =>
        (listeners.Sum(l => l.Frames), listeners.Sum(l => l.LostFrames), listeners.Sum(l => l.Underruns), listeners.Sum(l => l.DroppedFrames),
            listeners.Sum(l => l.HeardUnderruns));

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
