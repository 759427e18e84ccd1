using System.Diagnostics;
using Akka.Actor;
using Akka.Persistence;
using Auralis.Engine.Composition;
using Auralis.Engine.Live;
using Auralis.Engine.Observability;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Benchmarks;

/// <summary>
/// Recovery against a session's age: the journal of a session that has played for an hour, or a day, at 120 bpm (an
/// intensity change every two minutes, a forced regime every quarter of an hour) is written with its last snapshot, as
/// the session would have left them, and a new incarnation is timed from start until it answers. Once with the composer
/// checkpoint in the snapshot (today), once with the version 1 snapshot, which makes the session compose from step 0.
/// Each recovery runs in a freshly started actor system that has recovered one other, minute-old session first.
/// </summary>
internal static class AgedSessionRecovery
{
    private const int StepsPerMinute = 120;
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(TimeSpan age, bool withVersion1)
    {
        var steps = (long)(age.TotalMinutes * StepsPerMinute);
        var compose = Stopwatch.StartNew();
        var aged = Aged(new SessionId("aged"), steps);
        compose.Stop();
        Console.WriteLine($"{Label(age)}: {steps} steps, {aged.Events.Count} events; composing them to write the checkpoint took {compose.Elapsed.TotalSeconds:0.0} s");

        await using var journal = BenchJournal.Start();
        await WriteAsync(journal, aged.Events, aged.Snapshot);
        var warmUp = Aged(new SessionId("warm-up"), StepsPerMinute);
        await WriteAsync(journal, warmUp.Events, warmUp.Snapshot);
        if (withVersion1)
        {
            var old = Aged(new SessionId("aged-v1"), steps, checkpoint: false);
            await WriteAsync(journal, old.Events, old.Snapshot);
        }

        for (var round = 1; round <= 3; round++)
        {
            await ReviveAsync(journal, "aged", $"{Label(age)}, composer checkpoint, recovery {round}");
        }

        if (withVersion1)
        {
            await ReviveAsync(journal, "aged-v1", $"{Label(age)}, version 1 snapshot (no checkpoint)");
        }
    }

    private static string Label(TimeSpan age) => age.TotalHours >= 1 ? $"{age.TotalHours:0} h old" : $"{age.TotalMinutes:0} min old";

    private static (IReadOnlyList<ISessionEvent> Events, SessionSnapshot Snapshot) Aged(SessionId id, long steps, bool checkpoint = true)
    {
        var events = new List<ISessionEvent> { new SessionCreated(id, "aged", 7, new Dictionary<string, ParameterValue>(), true, Start) };
        string[] regimes = ["bull", "volatile", "bear", "auto", "sideways", "auto"];
        for (var step = 240L; step < steps; step += 240)
        {
            var at = Start.AddSeconds(step / 2.0);
            var values = new Dictionary<string, ParameterValue> { ["intensity"] = ParameterValue.Of(0.2 + (0.6 * ((step / 240) % 4) / 3)) };
            if (step % 1800 == 0)
            {
                values["regime"] = ParameterValue.Of(regimes[(int)(step / 1800 % regimes.Length)]);
            }

            events.Add(new ParametersChanged(id, values, step, step * 480, at));
        }

        var state = events.Aggregate(SessionState.Empty(id), (folded, e) => folded.Apply(e));
        var composer = new SessionComposer(SessionState.Empty(id).Apply(events[0]));
        foreach (var input in events.OfType<ITimedInput>())
        {
            composer.Schedule(input);
        }

        ComposerCheckpoint? composed = null;
        if (checkpoint)
        {
            composer.FastForwardTo(steps);
            composed = composer.Capture();
        }

        return (events, new SessionSnapshot(state, steps, [.. events], composed));
    }

    private static async Task WriteAsync(BenchJournal journal, IReadOnlyList<ISessionEvent> events, SessionSnapshot snapshot)
    {
        await journal.WriteAsync(events);
        var store = Persistence.Instance.Apply(journal.System).SnapshotStoreFor(null);
        var metadata = new SnapshotMetadata(events[0].SessionId.PersistenceId, events.Count, DateTime.UtcNow);
        await store.Ask<SaveSnapshotSuccess>(new SaveSnapshot(metadata, snapshot), TimeSpan.FromMinutes(1));
    }

    // A node is warm before the session recovers: the first use of the plugins and the first start of a session's music
    // (the JIT of the whole path) are paid by another session, a minute old, recovered first.
    private static async Task WarmUpAsync(ActorSystem system)
    {
        var other = new SessionId("warm-up");
        var session = system.ActorOf(SessionActor.Props(other, SessionSettings.Default), other.PersistenceId);
        await session.Ask<object>(new GetSession(other), TimeSpan.FromSeconds(60));
        await session.GracefulStop(TimeSpan.FromSeconds(30));
    }

    // Each recovery is a node's restart: a new actor system on the journal, warmed up by another session first.
    private static async Task ReviveAsync(BenchJournal journal, string session, string label)
    {
        await journal.RestartAsync();
        await WarmUpAsync(journal.System);
        var id = new SessionId(session);
        var watch = Stopwatch.StartNew();
        var revived = journal.System.ActorOf(SessionActor.Props(id, SessionSettings.Default), id.PersistenceId);
        var view = (SessionView)await revived.Ask<object>(new GetSession(id), TimeSpan.FromMinutes(5));
        watch.Stop();
        var start = EngineMetrics.Get(journal.System).Starts[session];
        Console.WriteLine($"{label}: resumed at step {view.Step}, composed {start.StepsComposed} steps from step {start.ComposedFrom} in {start.Seconds * 1000:0} ms; " +
            $"{watch.Elapsed.TotalMilliseconds:0} ms to answer (target < 500 ms)");
    }
}
