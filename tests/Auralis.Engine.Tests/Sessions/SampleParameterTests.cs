using Auralis.Engine.Agents;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Tests.Sessions;

public sealed class SampleParameterTests
{
    private static readonly SessionId Demo = new("demo");
    private static readonly CommandContext Now = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero), ApplyAtStep: 8, ApplyAtTick: 960, FreshSeed: 1);
    private static readonly string ToneHash = new('a', 64);

    private static SessionState Run(SessionState state, ISessionCommand command)
    {
        var result = state.Process(command, Now);
        Assert.True(result.Accepted, result.Rejection?.Message);
        return result.Events.Aggregate(state, (s, e) => s.Apply(e));
    }

    private static SessionState WithTone() =>
        Run(Run(SessionState.Empty(Demo), new CreateSession(Demo, "Demo", 42, new Dictionary<string, ParameterValue>())),
            new SessionCommands.AddSample(Demo, "tone", "/samples/tone.wav", ToneHash));

    private static Dictionary<string, ParameterValue> Values(string name, string value) => new() { [name] = ParameterValue.Of(value) };

    [Fact]
    public void Every_voice_has_a_sample_and_the_kit_has_a_slot_per_drum_all_empty_at_first()
    {
        var state = WithTone();

        Assert.All(SessionParameters.Voices, voice => Assert.Equal(string.Empty, state.Parameters[$"{voice}.sample"].Text));
        Assert.All(SessionParameters.KitSlots, slot => Assert.Equal(string.Empty, state.Parameters[$"kit.{slot}"].Text));
    }

    [Fact]
    public void A_sample_parameter_takes_a_sample_of_the_library_or_nothing()
    {
        var state = WithTone();

        var chosen = Run(state, new ChangeParameters(Demo, Values("soprano.sample", "tone")));
        var kit = Run(chosen, new ChangeParameters(Demo, Values("kit.kick", "tone")));
        var cleared = Run(kit, new ChangeParameters(Demo, Values("kit.kick", "")));

        Assert.Equal("tone", kit.Parameters["soprano.sample"].Text);
        Assert.Equal("tone", kit.Parameters["kit.kick"].Text);
        Assert.Equal(string.Empty, cleared.Parameters["kit.kick"].Text);
    }

    [Fact]
    public void A_sample_the_library_does_not_hold_is_refused_with_what_it_holds_and_nothing_is_persisted()
    {
        var state = WithTone();

        var result = state.Process(new ChangeParameters(Demo, Values("alto.sample", "cowbell")), Now);
        var atCreation = SessionState.Empty(Demo).Process(new CreateSession(Demo, "Demo", 42, Values("kit.snare", "tone")), Now);

        Assert.False(result.Accepted);
        Assert.Empty(result.Events);
        Assert.Equal(Rejection.BadValue, result.Rejection!.Code);
        Assert.Equal("alto.sample: there is no sample 'cowbell' in the session's library (the library holds tone).", result.Rejection.Message);
        Assert.Contains("the library is empty", atCreation.Rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_keeps_its_name_adding_it_again_changes_nothing_and_another_sound_cannot_take_the_name()
    {
        var state = WithTone();

        var again = state.Process(new SessionCommands.AddSample(Demo, "tone", "/elsewhere/tone.wav", ToneHash.ToUpperInvariant()), Now);
        var other = state.Process(new SessionCommands.AddSample(Demo, "tone", "/samples/other.wav", new string('b', 64)), Now);

        Assert.True(again.Accepted);
        Assert.Empty(again.Events);
        Assert.False(other.Accepted);
        Assert.Equal(Rejection.AlreadyExists, other.Rejection!.Code);
        Assert.Equal("/samples/tone.wav", state.Samples["tone"].Path);
    }
}
