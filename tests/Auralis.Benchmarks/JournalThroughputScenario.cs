using System.Diagnostics;
using Akka.Actor;
using Akka.Persistence;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Benchmarks;

/// <summary>
/// Journal throughput: 100 session streams persisting inputs concurrently the way a session does — Persist, one event at a
/// time, the next only after the journal acknowledged the last — against what 100 playing sessions need.
/// </summary>
/// <remarks>
/// What a playing session needs: an input on every step (a busy performer plus an outside price feed, one step a beat at
/// 120 bpm = 2 a second) and a checkpoint every 16 steps; 100 sessions need about 200 events a second.
/// </remarks>
internal static class JournalThroughputScenario
{
    private const int Sessions = 100;
    private const double NeededPerSecond = Sessions * 2.0;

    public static void Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args)
    {
        // Arguments: inputs per session (200), then a journal (sqlite:PATH or postgres:CONNECTION-STRING; a fresh SQLite file otherwise).
        var perSession = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 200;
        await using var journal = BenchJournal.Start(args.Length > 1 ? args[1] : null);
        var writers = Enumerable.Range(0, Sessions)
            .Select(i => journal.System.ActorOf(Props.Create(() => new InputWriter(new SessionId($"load-{i}"))), $"writer-{i}"))
            .ToArray();
        await Task.WhenAll(writers.Select(w => w.Ask<int>(5, TimeSpan.FromMinutes(1))));

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(writers.Select(w => w.Ask<int>(perSession, TimeSpan.FromMinutes(10))));
        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var total = Sessions * perSession;
        var rate = total / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"Auralis journal throughput: {Sessions} sessions x {perSession} inputs, each persisted before the next (Persist), {(args.Length > 1 ? "PostgreSQL" : "SQLite WAL synchronous=FULL")}");
        Console.WriteLine($"{total} events in {watch.Elapsed.TotalSeconds:0.00} s = {rate:0} events/s; 100 playing sessions need ~{NeededPerSecond:0}/s: {rate / NeededPerSecond:0.0}x (target >= 50x)");
        Console.WriteLine($"CPU: {cpu.TotalSeconds / watch.Elapsed.TotalSeconds:0.00} cores busy, {cpu.TotalMilliseconds * 1000 / total:0} us of CPU per event");
    }

    private sealed class InputWriter : ReceivePersistentActor
    {
        private readonly SessionId _id;
        private IActorRef _asker = ActorRefs.Nobody;
        private int _left;
        private int _done;

        public InputWriter(SessionId id)
        {
            _id = id;
            Command<int>(count =>
            {
                (_asker, _left, _done) = (Sender, count, 0);
                Next();
            });
        }

        public override string PersistenceId => _id.PersistenceId;

        private void Next()
        {
            if (_left-- == 0)
            {
                _asker.Tell(_done);
                return;
            }

            var change = new ParametersChanged(_id, new Dictionary<string, ParameterValue> { ["intensity"] = ParameterValue.Of(0.5) }, LastSequenceNr, 0, DateTimeOffset.UtcNow);
            Persist(change, _ =>
            {
                _done++;
                Next();
            });
        }
    }
}
