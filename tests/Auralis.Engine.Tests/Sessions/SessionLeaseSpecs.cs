using Akka.Actor;
using Auralis.Engine.Leases;
using Auralis.Engine.Live;
using Auralis.Engine.ReadSide;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Engine.Tests.Sessions;

/// <summary>
/// A leased session writes only while it holds its lease (here the local lock of an SQLite journal): a second incarnation
/// waits for it, and a node that learns it was downed stops its sessions and starts none again.
/// </summary>
public sealed class SessionLeaseSpecs : IDisposable
{
    private static readonly SessionSettings Leased = SessionDriver.FreeRunning with { Leased = true };
    private readonly JournalFolder _folder = new();

    [Fact]
    public async Task A_second_incarnation_writes_nothing_until_the_first_gives_its_lease_up_then_carries_on_from_the_whole_journal()
    {
        await using var first = JournalSystem.Start(_folder.Target);
        await using var second = JournalSystem.Start(_folder.Target);
        var id = new SessionId("leased-twin");
        var one = new SessionDriver(first.System.ActorOf(SessionActor.Props(id, Leased)), id);
        await one.CreateAsync(3);
        await one.SetAsync("bpm", ParameterValue.Of(99));

        var twoActor = second.System.ActorOf(SessionActor.Props(id, Leased));
        var waiting = twoActor.Ask<object>(new ChangeParameters(id, new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(140) }),
            TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var whileWaiting = await new SessionHistory(first.System).EventsAsync(id);

        await one.Session.GracefulStop(TimeSpan.FromSeconds(10));
        var answer = await waiting;

        Assert.False(whileWaiting.Count > 2, $"The second incarnation wrote while the first held the lease: {whileWaiting.Count} events.");
        Assert.IsType<CommandAccepted>(answer);
        var events = await new SessionHistory(second.System).EventsAsync(id);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(n => (long)n), events.Select(e => e.SequenceNr));
        Assert.Equal(140, events.Select(e => e.Event).Aggregate(SessionState.Empty(id), (s, e) => s.Apply(e)).Bpm);
    }

    [Fact]
    public async Task A_node_that_learns_it_was_downed_stops_its_sessions_and_starts_none_again()
    {
        await using var node = JournalSystem.Start(_folder.Target);
        var id = new SessionId("downed");
        var session = new SessionDriver(node.System.ActorOf(SessionActor.Props(id, Leased)), id);
        await session.CreateAsync(5);
        var before = await new SessionHistory(node.System).EventsAsync(id);

        var stopped = session.Session.WatchAsync();
        SessionLeases.Get(node.System).Fence("downed");
        Assert.True(await stopped.WaitAsync(TimeSpan.FromSeconds(10)), "The session did not stop.");
        var again = node.System.ActorOf(SessionActor.Props(id, Leased));
        var restarted = again.WatchAsync();
        Assert.True(await restarted.WaitAsync(TimeSpan.FromSeconds(10)), "The session started again on a downed node.");

        var after = await new SessionHistory(node.System).EventsAsync(id);
        Assert.Equal(before.Count, after.Count);
    }

    public void Dispose() => _folder.Dispose();
}
