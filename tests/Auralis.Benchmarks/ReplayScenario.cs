using System.Diagnostics;
using Auralis.Audio.Rendering;
using Auralis.Engine.Composition;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Benchmarks;

/// <summary>
/// The replay benchmark: a session with an input every bar (tempo, key, intensity, prices) replayed offline from its
/// events, composition and audio together, against the duration of the music it renders.
/// </summary>
internal static class ReplayScenario
{
    public static void Run(string[] args)
    {
        var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 60;
        var events = BusySession(seconds);
        SessionReplayer.Replay(events, new ReplayLength(Seconds: 5), new DiscardingSink());

        var composeWatch = Stopwatch.StartNew();
        var steps = ComposeOnly(events, seconds);
        composeWatch.Stop();
        var watch = Stopwatch.StartNew();
        var result = SessionReplayer.Replay(events, new ReplayLength(Seconds: seconds), new DiscardingSink());
        watch.Stop();

        Console.WriteLine($"Auralis replay benchmark: {seconds} s of music, {events.Count} events, {result.Notes.Count} notes");
        Console.WriteLine($"composition alone: {steps} steps in {composeWatch.Elapsed.TotalMilliseconds:0} ms ({composeWatch.Elapsed.TotalMilliseconds * 1000 / steps:0.0} µs a step)");
        Console.WriteLine($"replay with audio: {watch.Elapsed.TotalMilliseconds:0} ms, {seconds / watch.Elapsed.TotalSeconds:0}x real time (target >= 100x)");
    }

    private static int ComposeOnly(IReadOnlyList<ISessionEvent> events, int seconds)
    {
        var composer = new SessionComposer(SessionState.Empty(((SessionCreated)events[0]).SessionId).Apply(events[0]));
        foreach (var input in events.OfType<ITimedInput>())
        {
            composer.Schedule(input);
        }

        var count = 0;
        while (composer.Next.FirstFrame < seconds * 48_000L)
        {
            composer.ComposeStep();
            count++;
        }

        return count;
    }

    internal static List<ISessionEvent> BusySession(int seconds)
    {
        var id = new SessionId("bench");
        var at = DateTimeOffset.UnixEpoch;
        var events = new List<ISessionEvent>
        {
            new SessionCreated(id, "bench", 2026, new Dictionary<string, ParameterValue> { ["intensity"] = ParameterValue.Of(0.7) }, true, at),
        };
        string[] keys = ["C", "G", "D", "A", "E", "F"];
        for (var bar = 1; bar * 2 < seconds; bar++)
        {
            var step = bar * 4L;
            events.Add(new ParametersChanged(id, new Dictionary<string, ParameterValue>
            {
                ["bpm"] = ParameterValue.Of(100 + (bar % 5 * 10)),
                ["key"] = ParameterValue.Of(keys[bar % keys.Length]),
                ["intensity"] = ParameterValue.Of(0.4 + (bar % 6 * 0.1)),
            }, step, 0, at));
            events.Add(new PriceObserved(id, 100 + bar, step + 1, 0, at));
        }

        return events;
    }

    internal sealed class DiscardingSink : IAudioBlockSink
    {
        public void Write(long firstFrame, ReadOnlySpan<float> interleavedStereo)
        {
        }
    }
}
