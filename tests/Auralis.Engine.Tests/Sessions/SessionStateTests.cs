using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Tests.Sessions;

public sealed class SessionStateTests
{
    private static readonly SessionId Demo = new("demo");
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly CommandContext AtStepEight = new(Noon, ApplyAtStep: 8, ApplyAtTick: 960, FreshSeed: 1234);

    private static SessionState Created(params (string Name, ParameterValue Value)[] parameters)
    {
        var create = new CreateSession(Demo, "Demo", Seed: 42, parameters.ToDictionary(p => p.Name, p => p.Value));
        return Run(SessionState.Empty(Demo), create);
    }

    private static SessionState Run(SessionState state, ISessionCommand command)
    {
        var result = state.Process(command, AtStepEight);
        Assert.True(result.Accepted, result.Rejection?.Message);
        return result.Events.Aggregate(state, (s, e) => s.Apply(e));
    }

    private static Rejection Refused(SessionState state, ISessionCommand command) =>
        state.Process(command, AtStepEight).Rejection ?? throw new Xunit.Sdk.XunitException("The command was accepted.");

    [Fact]
    public void A_created_session_has_every_parameter_with_defaults_filled_in()
    {
        var state = Created(("bpm", ParameterValue.Of(120)), ("key", ParameterValue.Of("Eb")));

        Assert.True(state.Exists);
        Assert.Equal(42UL, state.Seed);
        Assert.Equal(120, state.Bpm);
        Assert.Equal("D# major", state.Key.Name);
        Assert.Equal(SessionParameters.All.Count(), state.Parameters.Count);
        Assert.True(state.Transport.Playing);
        Assert.Equal(1, state.EventCount);
    }

    [Fact]
    public void A_session_created_without_a_seed_takes_the_fresh_one_and_keeps_it()
    {
        var result = SessionState.Empty(Demo).Process(new CreateSession(Demo, "", null, new Dictionary<string, ParameterValue>()), AtStepEight);

        var created = Assert.IsType<SessionCreated>(Assert.Single(result.Events));
        Assert.Equal(1234UL, created.Seed);
        Assert.Equal("demo", created.Name);
    }

    [Theory]
    [InlineData("bpm", 0.0)]
    [InlineData("bpm", 10000.0)]
    [InlineData("intensity", 1.5)]
    [InlineData("sensitivity", 0.0)]
    [InlineData("soprano.pan", -2.0)]
    public void Out_of_range_numbers_are_refused_with_the_range(string name, double value)
    {
        var rejection = Refused(Created(), new ChangeParameters(Demo, new Dictionary<string, ParameterValue> { [name] = ParameterValue.Of(value) }));

        Assert.Equal(Rejection.BadValue, rejection.Code);
        Assert.Contains(name, rejection.Message);
        Assert.Contains("between", rejection.Message);
    }

    [Theory]
    [InlineData("key", "H")]
    [InlineData("mode", "hypermixolydian")]
    [InlineData("timeSignature", "5/3")]
    [InlineData("source", "nasdaq")]
    [InlineData("bpm", "fast")]
    public void Malformed_words_are_refused(string name, string value)
    {
        var rejection = Refused(Created(), new ChangeParameters(Demo, new Dictionary<string, ParameterValue> { [name] = ParameterValue.Of(value) }));

        Assert.Equal(Rejection.BadValue, rejection.Code);
        Assert.Contains(value, rejection.Message);
    }

    [Fact]
    public void An_unknown_parameter_is_refused_and_nothing_else_in_the_command_applies()
    {
        var state = Created();
        var values = new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(140), ["warp"] = ParameterValue.Of(1) };

        var result = state.Process(new ChangeParameters(Demo, values), AtStepEight);

        Assert.Equal(Rejection.UnknownParameter, result.Rejection?.Code);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void Accepted_changes_are_stamped_with_the_step_where_they_apply()
    {
        var state = Created();

        var result = state.Process(new ChangeParameters(Demo, new Dictionary<string, ParameterValue>
        {
            ["bpm"] = ParameterValue.Of("132"),
            ["mode"] = ParameterValue.Of("Dorian"),
        }), AtStepEight);

        var changed = Assert.IsType<ParametersChanged>(Assert.Single(result.Events));
        Assert.Equal(8, changed.AtStep);
        Assert.Equal(960, changed.AtTick);
        Assert.Equal(ParameterValue.Of(132), changed.Values["bpm"]);
        Assert.Equal(ParameterValue.Of("dorian"), changed.Values["mode"]);
        Assert.Equal("C dorian", state.Apply(changed).Key.Name);
    }

    [Fact]
    public void A_change_to_the_current_value_produces_no_event()
    {
        var state = Created(("bpm", ParameterValue.Of(100)));

        var result = state.Process(new ChangeParameters(Demo, new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(100) }), AtStepEight);

        Assert.True(result.Accepted);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void A_loop_whose_end_precedes_its_start_is_refused()
    {
        var rejection = Refused(Created(), new ChangeTransport(Demo, TransportCommand.Loop, LoopStartTick: 1920, LoopEndTick: 960));

        Assert.Equal(Rejection.BadValue, rejection.Code);
        Assert.Contains("after its start", rejection.Message);
    }

    [Fact]
    public void Transport_commands_fold_into_the_transport()
    {
        var state = Created();

        state = Run(state, new ChangeTransport(Demo, TransportCommand.Stop));
        Assert.False(state.Transport.Playing);
        state = Run(state, new ChangeTransport(Demo, TransportCommand.Loop, LoopStartTick: 0, LoopEndTick: 7680));
        Assert.True(state.Transport.Looping);
        state = Run(state, new ChangeTransport(Demo, TransportCommand.Play));
        state = Run(state, new ChangeTransport(Demo, TransportCommand.ClearLoop));
        Assert.True(state.Transport.Playing);
        Assert.False(state.Transport.Looping);
        Assert.Equal(Rejection.BadValue, Refused(state, new ChangeTransport(Demo, TransportCommand.Seek, Tick: -5)).Code);
    }

    [Fact]
    public void Prices_must_be_positive_numbers()
    {
        var state = Created();

        Assert.Equal(Rejection.BadValue, Refused(state, new ObservePrice(Demo, 0)).Code);
        Assert.Equal(Rejection.BadValue, Refused(state, new ObservePrice(Demo, double.NaN)).Code);
        Assert.Equal(101.5, Run(state, new ObservePrice(Demo, 101.5)).LastExternalPrice);
    }

    [Fact]
    public void A_deleted_session_refuses_everything_and_its_id_cannot_be_reused()
    {
        var state = Run(Created(), new DeleteSession(Demo));

        Assert.True(state.IsDeleted);
        Assert.Equal(Rejection.NotFound, Refused(state, new ObservePrice(Demo, 1)).Code);
        Assert.Equal(Rejection.AlreadyExists, Refused(state, new CreateSession(Demo, "again", 1, new Dictionary<string, ParameterValue>())).Code);
    }

    [Fact]
    public void Commands_to_a_session_that_does_not_exist_are_refused()
    {
        Assert.Equal(Rejection.NotFound, Refused(SessionState.Empty(Demo), new RenameSession(Demo, "x")).Code);
    }

    [Fact]
    public void An_edit_with_a_bad_value_refuses_the_rename_too()
    {
        var rejection = Refused(Created(), new EditSession(Demo, "x", new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(999) }));

        Assert.Equal(Rejection.BadValue, rejection.Code);
    }

    [Fact]
    public void An_edit_yields_the_rename_and_the_change_together_and_an_unchanged_edit_yields_nothing()
    {
        var state = Created();
        var result = state.Process(new EditSession(Demo, "x", new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(141) }), AtStepEight);

        Assert.Collection(result.Events,
            e => Assert.Equal("x", Assert.IsType<SessionRenamed>(e).Name),
            e => Assert.Equal(8, Assert.IsType<ParametersChanged>(e).AtStep));
        Assert.Empty(state.Process(new EditSession(Demo, state.Name, new Dictionary<string, ParameterValue>()), AtStepEight).Events);
    }
}
