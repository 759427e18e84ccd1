using System.Diagnostics;
using Akka.Actor;
using Auralis.Engine.Sessions;
using Auralis.Engine.Live;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Benchmarks;

/// <summary>
/// Recovery. <c>recovery</c> (or <c>recovery ages</c>): sessions an hour and a day old (<see cref="AgedSessionRecovery"/>),
/// recovering from the composer checkpoint, and from a version 1 snapshot for comparison (<c>recovery ages 1</c>: the hour
/// only). <c>recovery inputs [N]</c>: a real session actor takes N inputs (10 000; snapshots every 200 events,
/// checkpoints every 16 steps), the actor system is stopped, and a new incarnation on the same journal is timed from
/// start until it answers with its state (snapshot load, the events after it, restoring the composer, starting the tree).
/// </summary>
internal static class RecoveryScenario
{
    public static void Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args)
    {
        if (args.FirstOrDefault() == "inputs")
        {
            await InputsAsync(args.Skip(1).ToArray());
            return;
        }

        await AgedSessionRecovery.RunAsync(TimeSpan.FromHours(1), withVersion1: true);
        if (args.ElementAtOrDefault(1) != "1")
        {
            await AgedSessionRecovery.RunAsync(TimeSpan.FromHours(24), withVersion1: true);
        }
    }

    private static async Task InputsAsync(string[] args)
    {
        var inputs = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        var settings = SessionSettings.Default with { RealTime = false };
        await using var journal = BenchJournal.Start();
        var id = new SessionId("recovery");
        var session = journal.System.ActorOf(SessionActor.Props(id, settings), id.PersistenceId);
        await session.Ask<object>(new CreateSession(id, "recovery", 7, new Dictionary<string, ParameterValue>()), TimeSpan.FromSeconds(30));
        var write = Stopwatch.StartNew();
        for (var i = 0; i < inputs; i++)
        {
            var change = new Dictionary<string, ParameterValue> { ["intensity"] = ParameterValue.Of((i % 10) / 10.0) };
            await session.Ask<object>(new ChangeParameters(id, change), TimeSpan.FromSeconds(30));
        }

        write.Stop();
        var before = (SessionView)await session.Ask<object>(new GetSession(id), TimeSpan.FromSeconds(30));
        Console.WriteLine($"wrote {inputs} inputs one by one in {write.Elapsed.TotalSeconds:0.0} s ({inputs / write.Elapsed.TotalSeconds:0} acknowledged inputs/s); the music reached step {before.Step}");

        for (var round = 0; round < 3; round++)
        {
            await journal.RestartAsync();

            // A node's journal is warm before a session recovers: the first use of the plugins (connections, the schema
            // check) is paid by another session here, as it would be by the node's start.
            var other = new SessionId("warm-up");
            await journal.System.ActorOf(SessionActor.Props(other, settings), other.PersistenceId).Ask<object>(new GetSession(other), TimeSpan.FromSeconds(60));
            var watch = Stopwatch.StartNew();
            var revived = journal.System.ActorOf(SessionActor.Props(id, settings), id.PersistenceId);
            var view = (SessionView)await revived.Ask<object>(new GetSession(id), TimeSpan.FromSeconds(60));
            watch.Stop();
            Console.WriteLine($"recovery {round + 1}: {view.State.EventCount} events, resumed at step {view.Step}, {watch.Elapsed.TotalMilliseconds:0} ms to answer (target < 500 ms)");
        }
    }
}
