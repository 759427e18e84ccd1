using System.Text;
using Akka.Actor;
using Akka.TestKit.Xunit2;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using Auralis.Engine.Agents;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Tests.Persistence;

public sealed class SessionEventSerializerTests : TestKit
{
    private static readonly SessionId Demo = new("demo");
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly SessionEventSerializer _serializer;

    public SessionEventSerializerTests() => _serializer = new SessionEventSerializer((ExtendedActorSystem)Sys);

    public static TheoryData<ISessionEvent> Events => new()
    {
        new SessionCreated(Demo, "Demo", ulong.MaxValue - 7, new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(96.5), ["key"] = ParameterValue.Of("F#") }, true, Noon),
        new SessionRenamed(Demo, "Renamed — ünïcode", Noon),
        new ParametersChanged(Demo, new Dictionary<string, ParameterValue> { ["intensity"] = ParameterValue.Of(0.1 + 0.2) }, 17, 8160, Noon),
        new TransportChanged(Demo, TransportCommand.Loop, null, 0, 7680, 3, 1440, Noon),
        new PriceObserved(Demo, 1234.5678901234567, 9, 4320, Noon),
        new PriceSeriesScheduled(Demo, [1455.22, 1399.42, 0.1 + 0.2], 4, 9, 4320, Noon),
        new SessionResumed(Demo, 64, Noon),
        new InstrumentParametersChanged(Demo, "bass", "subtractive", new Dictionary<string, double> { ["cutoff"] = 0.1 + 0.2 }, 12, 5760, Noon),
        new ParameterAutomated(Demo, "soprano", "fm", "index", 0.25, 0.75, 8, 13, 6240, Noon),
        new PresetSaved(Demo, "warm pad", new PluginPreset(new Dictionary<string, ParameterValue> { ["bass.gain"] = ParameterValue.Of(0.5), ["bass.instrument"] = ParameterValue.Of("fm") },
            new Dictionary<string, double> { ["bass/fm/index"] = 0.4 }), Noon),
        new PresetLoaded(Demo, "warm pad", new PluginPreset(new Dictionary<string, ParameterValue> { ["delay"] = ParameterValue.Of(0.3) },
            new Dictionary<string, double> { ["bass/subtractive/cutoff"] = 0.6 }), 20, 9600, Noon),
        new MotifImported(Demo, "midi", [new MotifNote(0, 240, 60, 90), new MotifNote(240, 480, 64, 100)], 720, 21, 10080, Noon),
        new SampleAdded(Demo, "kick", "/data/samples/demo/ab.wav", new string('a', 64), Noon),
        new SessionDeleted(Demo, Noon),
        new ParametersChanged(Demo, new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(132) }, 18, 8640, Noon, "retry-7f3a"),
        new InputScheduled(Demo, Noon.AddSeconds(30), new ScheduledChange(Transport: TransportCommand.Seek, Tick: 1920), "scheduled-00000000000000ff", Noon, "osc-1"),
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Every_event_round_trips_through_its_manifest(ISessionEvent original)
    {
        var manifest = _serializer.Manifest(original);

        var restored = _serializer.FromBinary(_serializer.ToBinary(original), manifest);

        Assert.Equal(original.GetType(), restored.GetType());
        Assert.Equal(Normalize(original), Normalize(restored));
    }

    [Fact]
    public void Every_event_type_has_a_versioned_manifest()
    {
        Assert.All(SessionEventSerializer.Manifests.Values, manifest => Assert.Matches(@"^[a-z-]+\.v\d+$", manifest));
        Assert.Equal(SessionEventSerializer.Manifests.Count, SessionEventSerializer.Manifests.Values.Distinct().Count());
    }

    [Fact]
    public void A_journal_entry_written_in_the_v1_format_still_reads()
    {
        const string written = """{"sessionId":"demo","values":{"bpm":120,"mode":"dorian"},"atStep":4,"atTick":1920,"at":"2026-11-24T12:00:00+00:00"}""";

        var restored = (ParametersChanged)_serializer.FromBinary(Encoding.UTF8.GetBytes(written), "parameters-changed.v1");

        Assert.Equal(ParameterValue.Of(120), restored.Values["bpm"]);
        Assert.Equal(ParameterValue.Of("dorian"), restored.Values["mode"]);
        Assert.Equal(4, restored.AtStep);
    }

    [Fact]
    public void A_snapshot_round_trips_with_its_state()
    {
        var inputs = ((IEnumerable<object[]>)Events).Select(row => (ISessionEvent)row[0]).Append(new SessionResumed(Demo, 96, Noon)).ToArray();
        var state = inputs.Aggregate(SessionState.Empty(Demo), (s, e) => s.Apply(e));
        var snapshot = new SessionSnapshot(state, 128, inputs);

        var restored = (SessionSnapshot)_serializer.FromBinary(_serializer.ToBinary(snapshot), _serializer.Manifest(snapshot));

        Assert.Equal(state.Parameters, restored.State.Parameters);
        Assert.Equal(state.Plugins, restored.State.Plugins);
        Assert.Equal(state.Presets.Keys, restored.State.Presets.Keys);
        Assert.Equal(state.Samples, restored.State.Samples);
        Assert.Equal(Normalize(state.Motif!), Normalize(restored.State.Motif!));
        Assert.Equal(
            state with { Parameters = restored.State.Parameters, Plugins = restored.State.Plugins, Presets = restored.State.Presets, Samples = restored.State.Samples, Motif = restored.State.Motif },
            restored.State);
        Assert.Equal(128, restored.ResumeStep);
        Assert.Equal(inputs.Select(e => e.GetType()), restored.Inputs.Select(e => e.GetType()));
        Assert.Equal(inputs.Select(Normalize), restored.Inputs.Select(Normalize));
    }

    [Fact]
    public void A_version_1_snapshot_still_reads_and_carries_no_composer_checkpoint()
    {
        var inputs = new ISessionEvent[] { ((IEnumerable<object[]>)Events).Select(row => (ISessionEvent)row[0]).OfType<SessionCreated>().First() };
        var state = inputs.Aggregate(SessionState.Empty(Demo), (s, e) => s.Apply(e));
        // A v1 snapshot is today's without the composer field: written by the build before it, it had no such field.
        var written = System.Text.Json.Nodes.JsonNode.Parse(_serializer.ToBinary(new SessionSnapshot(state, 64, inputs)))!.AsObject();
        Assert.False(written.ContainsKey("composer"));

        var restored = (SessionSnapshot)_serializer.FromBinary(Encoding.UTF8.GetBytes(written.ToJsonString()), "session-snapshot.v1");

        Assert.Equal(64, restored.ResumeStep);
        Assert.Single(restored.Inputs);
        Assert.Null(restored.Composer);
    }

    [Fact]
    public void A_snapshot_is_written_as_version_3_with_its_composer_checkpoint()
    {
        var created = ((IEnumerable<object[]>)Events).Select(row => (ISessionEvent)row[0]).OfType<SessionCreated>().First();
        var state = SessionState.Empty(Demo).Apply(created);
        var composer = new Auralis.Engine.Composition.SessionComposer(state);
        composer.FastForwardTo(40);
        var snapshot = new SessionSnapshot(state, 40, [created], composer.Capture());

        var restored = (SessionSnapshot)_serializer.FromBinary(_serializer.ToBinary(snapshot), _serializer.Manifest(snapshot));

        Assert.Equal("session-snapshot.v3", _serializer.Manifest(snapshot));
        Assert.Equal(2, restored.Composer!.Version);
        Assert.Equal(40, restored.Composer.Step);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(snapshot.Composer, SessionEventSerializer.Options),
            System.Text.Json.JsonSerializer.Serialize(restored.Composer, SessionEventSerializer.Options));
    }

    [Fact]
    public void An_unknown_manifest_is_a_clear_error()
    {
        var error = Assert.Throws<System.Runtime.Serialization.SerializationException>(() => _serializer.FromBinary([], "tempo-changed.v9"));

        Assert.Contains("tempo-changed.v9", error.Message);
    }

    private static string Normalize(object sessionEvent) =>
        System.Text.Json.JsonSerializer.Serialize(sessionEvent, sessionEvent.GetType(), SessionEventSerializer.Options);
}
