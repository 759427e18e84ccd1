using System.Diagnostics;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;

namespace Auralis.Benchmarks;

/// <summary>Replay as <c>auralis replay</c> runs it: the busy session's events read from a real SQLite journal, then composed and rendered.</summary>
internal static class JournalReplayScenario
{
    public static void Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 60;
        await using var journal = BenchJournal.Start();
        var events = ReplayScenario.BusySession(seconds);
        await journal.WriteAsync(events);
        var id = events[0].SessionId;
        await new JournalReplayer(journal.System).ReplayAsync(id, new ReplayLength(Seconds: 5), new ReplayScenario.DiscardingSink());

        var watch = Stopwatch.StartNew();
        var result = await new JournalReplayer(journal.System).ReplayAsync(id, new ReplayLength(Seconds: seconds), new ReplayScenario.DiscardingSink());
        watch.Stop();

        Console.WriteLine($"Auralis journal replay: {seconds} s of music from {events.Count} journaled events, {result.Notes.Count} notes");
        Console.WriteLine($"journal read + composition + audio: {watch.Elapsed.TotalMilliseconds:0} ms, {seconds / watch.Elapsed.TotalSeconds:0}x real time (target >= 100x)");
    }
}
