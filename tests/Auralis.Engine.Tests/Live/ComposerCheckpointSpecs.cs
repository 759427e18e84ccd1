using Akka.Actor;
using Akka.Persistence;
using Auralis.Engine.Live;
using Auralis.Engine.Observability;
using Auralis.Engine.Persistence;
using Auralis.Engine.ReadSide;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Tests.Live;

/// <summary>
/// A recovering session restores its composer checkpoint and composes on from there, never from step 0, and still sounds
/// exactly as a replay of its journal; a snapshot it cannot use is skipped with a warning, and the session recovers from
/// its events as before, its journal untouched.
/// </summary>
public sealed class ComposerCheckpointSpecs : JournalTestKit
{
    private const int SampleRate = 48_000;

    public ComposerCheckpointSpecs()
        : base("checkpoint-specs")
    {
    }

    private static SessionDriver Start(ActorSystem system, string id)
    {
        var sessionId = new SessionId(id);
        return new SessionDriver(system.ActorOf(SessionActor.Props(sessionId, SessionDriver.FreeRunning), sessionId.PersistenceId), sessionId);
    }

    // A first incarnation, in a system of its own, plays through a regime change, outside prices and a tempo change
    // (several checkpoints, the form past its intro), and dies without a last checkpoint.
    private async Task<long> PlayAndDieAsync(string id)
    {
        await using var first = Folder.Start();
        var session = Start(first.System, id);
        await session.CreateAsync(23, ("intensity", ParameterValue.Of(0.7)));
        var subscription = await session.SubscribeAsync();
        await SessionDriver.CaptureAsync(subscription.Ring.OpenReader(0), 14 * SampleRate,
            (2 * SampleRate, () => session.SetAsync("regime", ParameterValue.Of("bull"))),
            (4 * SampleRate, () => session.SetAsync("source", ParameterValue.Of("external"))),
            (5 * SampleRate, () => session.AcceptedAsync(new ObservePrice(session.Id, 120))),
            (6 * SampleRate, () => session.AcceptedAsync(new ObservePrice(session.Id, 131))),
            (8 * SampleRate, () => session.SetAsync("bpm", ParameterValue.Of(141))),
            (11 * SampleRate, () => session.SetAsync("regime", ParameterValue.Of("auto"))));
        return (await session.ViewAsync()).State.EventCount;
    }

    // After recovery, the live audio from the new ring's start equals the replay of the journal at those frames.
    private async Task AssertLiveEqualsReplayAsync(SessionDriver revived)
    {
        var subscription = await revived.SubscribeAsync();
        var ringStart = subscription.RingStartFrame;
        var live = await SessionDriver.CaptureAsync(subscription.Ring.OpenReader(0), 2 * SampleRate);
        var replayed = new AudioCapture();
        await new JournalReplayer(Sys).ReplayAsync(revived.Id, new ReplayLength(Seconds: (ringStart + (3 * SampleRate)) / (double)SampleRate), replayed);

        Assert.True(ringStart > 0);
        Assert.Equal(live.Select(BitConverter.SingleToInt32Bits),
            replayed.Samples.Skip((int)(ringStart * 2)).Take(live.Length).Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public async Task A_recovering_session_composes_on_from_its_checkpoint_and_sounds_exactly_as_a_replay()
    {
        await PlayAndDieAsync("aged");

        var revived = Start(Sys, "aged");
        var view = await revived.ViewAsync();

        var start = EngineMetrics.Get(Sys).Starts["aged"];
        Assert.Equal(view.Step, start.ResumeStep);
        Assert.True(start.ComposedFrom > 16, $"The music was composed from step {start.ComposedFrom}.");
        Assert.InRange(start.StepsComposed, 0, SessionDriver.FreeRunning.CheckpointEverySteps);
        await AssertLiveEqualsReplayAsync(revived);
    }

    [Fact]
    public async Task A_checkpoint_of_an_unknown_version_is_skipped_with_a_warning_and_the_music_is_composed_from_step_0()
    {
        var events = await PlayAndDieAsync("future");
        var (metadata, snapshot) = await LatestSnapshotAsync("future");
        Assert.NotNull(snapshot.Composer);
        var store = Akka.Persistence.Persistence.Instance.Apply(Sys).SnapshotStoreFor(null);
        await store.Ask<SaveSnapshotSuccess>(new SaveSnapshot(metadata, snapshot with { Composer = snapshot.Composer with { Version = 99 } }),
            TimeSpan.FromSeconds(20));

        // The session warns as it recovers, so it starts inside the filter (started before it, a quick recovery could warn
        // before anyone listened); recovery then composes from step 0, seconds on a busy machine, hence the long wait.
        var revived = await EventFilter.Warning(contains: "cannot be used").ExpectOneAsync(TimeSpan.FromSeconds(60), async () =>
        {
            var session = Start(Sys, "future");
            await session.ViewAsync();
            return session;
        });

        var start = EngineMetrics.Get(Sys).Starts["future"];
        Assert.Equal(0, start.ComposedFrom);
        Assert.Equal(snapshot.ResumeStep, start.ResumeStep);
        await AssertLiveEqualsReplayAsync(revived);
        var journal = await new SessionHistory(Sys).EventsAsync(revived.Id);
        Assert.Equal(events + 1, journal.Count);
        Assert.IsType<SessionResumed>(journal[^1].Event);
    }

    [Fact]
    public async Task A_snapshot_that_cannot_be_read_is_skipped_and_the_session_recovers_from_all_its_events()
    {
        var events = await PlayAndDieAsync("garbled");
        var (_, snapshot) = await LatestSnapshotAsync("garbled");
        await using (var connection = new SqliteConnection($"Data Source={Folder.Target.SqlitePath}"))
        {
            await connection.OpenAsync();
            var garble = connection.CreateCommand();
            garble.CommandText = "UPDATE snapshot SET snapshot = X'7B226E6F74223A' WHERE persistence_id = 'session-garbled'";
            Assert.True(await garble.ExecuteNonQueryAsync() > 0);
        }

        var revived = Start(Sys, "garbled");
        var view = await revived.ViewAsync();

        // Recovered from every event: the state is whole, the music composed from step 0 to the last input's step.
        Assert.Equal(snapshot.State.Parameters, view.State.Parameters);
        var start = EngineMetrics.Get(Sys).Starts["garbled"];
        Assert.Equal(0, start.ComposedFrom);
        var journal = await new SessionHistory(Sys).EventsAsync(revived.Id);
        Assert.Equal(journal.Select(e => e.Event).OfType<ITimedInput>().Max(i => i.AtStep), start.ResumeStep);
        Assert.Equal(events + 1, journal.Count);
        await AssertLiveEqualsReplayAsync(revived);
    }

    private async Task<(SnapshotMetadata Metadata, SessionSnapshot Snapshot)> LatestSnapshotAsync(string id)
    {
        var store = Akka.Persistence.Persistence.Instance.Apply(Sys).SnapshotStoreFor(null);
        var result = await store.Ask<LoadSnapshotResult>(new LoadSnapshot(new SessionId(id).PersistenceId, SnapshotSelectionCriteria.Latest, long.MaxValue),
            TimeSpan.FromSeconds(20));
        var offer = result.Snapshot ?? throw new InvalidOperationException($"Session '{id}' has no snapshot.");
        return (offer.Metadata, (SessionSnapshot)offer.Snapshot);
    }
}
