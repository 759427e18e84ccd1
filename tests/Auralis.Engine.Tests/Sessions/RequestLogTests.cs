using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Tests.Sessions;

public sealed class RequestLogTests
{
    private static readonly SessionId Id = new("keys");
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly CommandContext Context = new(Noon, 8, 3840, 1);

    private static SessionState Created() =>
        SessionState.Empty(Id).Apply(new SessionCreated(Id, "keys", 1, new Dictionary<string, ParameterValue>(), true, Noon));

    [Fact]
    public void Every_event_of_a_keyed_command_carries_its_key()
    {
        var result = Created().Process(new EditSession(Id, "renamed", new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(140) }, "edit-1"), Context);

        Assert.Equal(2, result.Events.Count);
        Assert.All(result.Events, e => Assert.Equal("edit-1", e.RequestId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("tab\there")]
    public void A_malformed_key_is_refused_with_a_clear_reason(string key)
    {
        var result = Created().Process(new ObservePrice(Id, 101, key), Context);

        Assert.Equal(Rejection.BadValue, result.Rejection?.Code);
        Assert.Contains("requestId", result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_longer_than_the_limit_is_refused_and_one_at_the_limit_is_taken()
    {
        var state = Created();

        var tooLong = state.Process(new ObservePrice(Id, 101, new string('k', RequestLog.MaxKeyLength + 1)), Context);
        var longest = state.Process(new ObservePrice(Id, 101, new string('k', RequestLog.MaxKeyLength)), Context);

        Assert.Contains($"1 to {RequestLog.MaxKeyLength} characters", tooLong.Rejection?.Message, StringComparison.Ordinal);
        Assert.True(longest.Accepted);
    }

    [Fact]
    public void The_log_answers_a_key_with_every_event_made_under_it()
    {
        var log = new RequestLog();
        var renamed = new SessionRenamed(Id, "x", Noon, "k");
        var changed = new ParametersChanged(Id, new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(90) }, 8, 3840, Noon, "k");

        log.Remember(renamed);
        log.Remember(changed);
        log.Remember(new SessionRenamed(Id, "unkeyed", Noon));

        Assert.True(log.TryGet("k", out var events));
        Assert.Equal([renamed, changed], events);
        Assert.Equal(1, log.Count);
        Assert.False(log.TryGet("other", out _));
    }

    [Fact]
    public void The_log_forgets_the_oldest_key_once_it_is_full()
    {
        var log = new RequestLog();
        for (var i = 0; i <= RequestLog.Capacity; i++)
        {
            log.Remember(new PriceObserved(Id, 100 + i, i, i * 480, Noon, $"k{i}"));
        }

        Assert.Equal(RequestLog.Capacity, log.Count);
        Assert.False(log.TryGet("k0", out _));
        Assert.True(log.TryGet($"k{RequestLog.Capacity}", out _));
        Assert.Equal(RequestLog.Capacity, log.Events.Count);
    }

    [Fact]
    public void A_held_input_is_checked_when_it_arrives_and_gets_a_key_of_its_own()
    {
        var state = Created();

        var bad = state.Process(new ScheduleInput(Id, Noon.AddSeconds(5), new ScheduledChange(Values: new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(9999) })), Context);
        var good = state.Process(new ScheduleInput(Id, Noon.AddSeconds(5), new ScheduledChange(Price: 101), "osc-9"), Context);

        Assert.Equal(Rejection.BadValue, bad.Rejection?.Code);
        var held = Assert.IsType<InputScheduled>(Assert.Single(good.Events));
        Assert.Equal("osc-9", held.RequestId);
        Assert.StartsWith("scheduled-", held.InputKey, StringComparison.Ordinal);
        Assert.NotEqual(held.RequestId, held.InputKey);
    }
}
