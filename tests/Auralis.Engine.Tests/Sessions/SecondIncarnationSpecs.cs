using Akka.Actor;
using Auralis.Engine.ReadSide;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;
using Auralis.Engine.Live;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Engine.Tests.Sessions;

/// <summary>
/// Sharding keeps one incarnation of a session in a cluster; should a second ever run (a split brain, an operator's
/// mistake), the journal fences it: an event at a sequence number already written is refused, and the stale writer stops.
/// </summary>
public sealed class SecondIncarnationSpecs : IDisposable
{
    private readonly JournalFolder _folder = new();

    [Fact]
    public async Task A_second_incarnation_writing_the_same_session_is_fenced_and_the_journal_stays_whole()
    {
        await using var first = JournalSystem.Start(_folder.Target);
        await using var second = JournalSystem.Start(_folder.Target);
        var id = new SessionId("twin");
        var one = new SessionDriver(first.System.ActorOf(SessionActor.Props(id, SessionDriver.FreeRunning)), id);
        await one.CreateAsync(3);

        // The second incarnation recovers, then records its resumption: the first no longer knows the journal's end.
        var two = new SessionDriver(second.System.ActorOf(SessionActor.Props(id, SessionDriver.FreeRunning)), id);
        await two.ViewAsync();
        var watcher = first.System.ActorOf(Props.Create(() => new Watcher(one.Session)));

        var stale = await one.Session.Ask<object>(new ChangeParameters(id, new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(99) }),
            TimeSpan.FromSeconds(10)).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null);
        var fresh = await two.SetAsync("bpm", ParameterValue.Of(140));

        Assert.IsNotType<CommandAccepted>(stale);
        Assert.True(await watcher.Ask<bool>("stopped?", TimeSpan.FromSeconds(10)), "The stale incarnation stopped.");
        var events = await new SessionHistory(second.System).EventsAsync(id);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(n => (long)n), events.Select(e => e.SequenceNr));
        Assert.Equal(140, events.Select(e => e.Event).Aggregate(SessionState.Empty(id), (s, e) => s.Apply(e)).Bpm);
        Assert.Single(fresh.Events);
    }

    public void Dispose() => _folder.Dispose();

    private sealed class Watcher : ReceiveActor
    {
        private bool _stopped;

        public Watcher(IActorRef watched)
        {
            Context.Watch(watched);
            Receive<Terminated>(_ => _stopped = true);
            Receive<string>(_ =>
            {
                var asker = Sender;
                if (_stopped)
                {
                    asker.Tell(true);
                }
                else
                {
                    Context.System.Scheduler.ScheduleTellOnce(TimeSpan.FromMilliseconds(200), Self, "stopped?", asker);
                }
            });
        }
    }
}
