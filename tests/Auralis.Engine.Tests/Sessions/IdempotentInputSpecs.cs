using Akka.Actor;
using Auralis.Engine.Live;
using Auralis.Engine.ReadSide;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Engine.Tests.Sessions;

/// <summary>
/// A client that did not hear the answer retries with the same idempotency key: the session applies the input at most
/// once and answers with the first answer — also when the retry reaches a new incarnation that recovered from the journal.
/// </summary>
public sealed class IdempotentInputSpecs : IDisposable
{
    private static readonly SessionId Id = new("retried");
    private readonly JournalFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_same_key_twice_applies_the_input_once_and_answers_the_same()
    {
        await using var node = _folder.Start();
        var session = new SessionDriver(node.System.ActorOf(SessionActor.Props(Id, SessionDriver.FreeRunning)), Id);
        await session.CreateAsync(5);
        var change = new ChangeParameters(Id, new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(133) }, "bpm-133");

        var first = await session.AcceptedAsync(change);
        await session.AcceptedAsync(new ChangeParameters(Id, new Dictionary<string, ParameterValue> { ["intensity"] = ParameterValue.Of(0.9) }));
        var retry = await session.AcceptedAsync(change);

        Assert.Equal(first.AtTick, retry.AtTick);
        Assert.Equal(first.Events, retry.Events);
        Assert.Single(await KeyedEventsAsync(node.System, "bpm-133"));
    }

    [Fact]
    public async Task A_retry_after_the_session_recovered_elsewhere_is_answered_and_not_applied_again()
    {
        CommandAccepted first;
        var stop = new ChangeTransport(Id, TransportCommand.Stop, RequestId: "stop-1");
        await using (var before = _folder.Start())
        {
            var session = new SessionDriver(before.System.ActorOf(SessionActor.Props(Id, SessionDriver.FreeRunning)), Id);
            await session.CreateAsync(6);
            first = await session.AcceptedAsync(stop);
        }

        await using var after = _folder.Start();
        var recovered = new SessionDriver(after.System.ActorOf(SessionActor.Props(Id, SessionDriver.FreeRunning)), Id);
        var retry = await recovered.AcceptedAsync(stop);
        var fresh = await recovered.AcceptedAsync(stop with { RequestId = "stop-2" });

        Assert.Equal(first.AtTick, retry.AtTick);
        Assert.Equal("stop-1", Assert.Single(retry.Events).RequestId);
        Assert.Single(await KeyedEventsAsync(after.System, "stop-1"));
        Assert.Single(fresh.Events);
    }

    [Fact]
    public async Task A_retry_is_recognised_from_the_checkpoint_once_its_event_is_behind_it()
    {
        CommandAccepted first;
        var price = new ObservePrice(Id, 101.25, "price-1");
        await using (var before = _folder.Start())
        {
            var session = new SessionDriver(before.System.ActorOf(SessionActor.Props(Id, SessionDriver.FreeRunning)), Id);
            await session.CreateAsync(7);
            first = await session.AcceptedAsync(price);
            // Enough inputs after it that checkpoints are taken (every 50 events in these settings).
            for (var i = 0; i < 60; i++)
            {
                await session.AcceptedAsync(new ObservePrice(Id, 100 + i));
            }
        }

        await using var after = _folder.Start();
        var recovered = new SessionDriver(after.System.ActorOf(SessionActor.Props(Id, SessionDriver.FreeRunning)), Id);
        var retry = await recovered.AcceptedAsync(price);

        Assert.Equal(first.AtTick, retry.AtTick);
        Assert.Single(await KeyedEventsAsync(after.System, "price-1"));
    }

    [Fact]
    public async Task An_input_held_for_later_survives_a_restart_and_is_applied_once_when_due()
    {
        var due = DateTimeOffset.UtcNow.AddSeconds(4);
        await using (var before = _folder.Start())
        {
            var session = new SessionDriver(before.System.ActorOf(SessionActor.Props(Id, SessionDriver.FreeRunning)), Id);
            await session.CreateAsync(8);
            var held = await session.AcceptedAsync(new ScheduleInput(Id, due,
                new ScheduledChange(Values: new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(77) })));
            Assert.IsType<InputScheduled>(Assert.Single(held.Events));
            Assert.NotEqual(77, (await session.ViewAsync()).State.Bpm);
        }

        await using var after = _folder.Start();
        var recovered = new SessionDriver(after.System.ActorOf(SessionActor.Props(Id, SessionDriver.FreeRunning)), Id);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await recovered.ViewAsync()).State.Bpm != 77 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(77, (await recovered.ViewAsync()).State.Bpm);
        Assert.True(DateTimeOffset.UtcNow >= due, "Applied no earlier than it was due.");
        var events = (await new SessionHistory(after.System).EventsAsync(Id)).Select(e => e.Event).ToArray();
        var key = events.OfType<InputScheduled>().Single().InputKey;
        Assert.Single(events.OfType<ParametersChanged>(), e => e.RequestId == key);
    }

    private static async Task<IReadOnlyList<ISessionEvent>> KeyedEventsAsync(ActorSystem system, string key) =>
        [.. (await new SessionHistory(system).EventsAsync(Id)).Select(e => e.Event).Where(e => e.RequestId == key)];
}
