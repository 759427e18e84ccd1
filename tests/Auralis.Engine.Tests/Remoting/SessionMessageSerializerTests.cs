using Akka.Actor;
using Akka.TestKit.Xunit2;
using Auralis.Engine.Agents;
using Auralis.Engine.Persistence;
using Auralis.Engine.Remoting;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Sessions.SessionQueries;
using static Auralis.Engine.Listeners.FeedMessages;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Tests.Remoting;

public sealed class SessionMessageSerializerTests : TestKit
{
    private static readonly SessionId Demo = new("demo");
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly SessionMessageSerializer _serializer;

    public SessionMessageSerializerTests() => _serializer = new SessionMessageSerializer((ExtendedActorSystem)Sys);

    private static SessionState State => SessionState.Empty(Demo)
        .Apply(new SessionCreated(Demo, "Demo", 9, new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(101) }, true, Noon));

    public static TheoryData<object> Messages() => new()
    {
        new CreateSession(Demo, "Demo", 42, new Dictionary<string, ParameterValue> { ["key"] = ParameterValue.Of("F#"), ["bpm"] = ParameterValue.Of(120.5) }, false),
        new CreateSession(Demo, "Seedless", null, new Dictionary<string, ParameterValue>()),
        new RenameSession(Demo, "Renamed — ü"),
        new EditSession(Demo, "Edited", new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(96) }),
        new EditSession(Demo, null, new Dictionary<string, ParameterValue>()),
        new ChangeParameters(Demo, new Dictionary<string, ParameterValue> { ["intensity"] = ParameterValue.Of(0.1 + 0.2) }),
        new ChangeTransport(Demo, TransportCommand.Loop, null, 960, 3840),
        new ObservePrice(Demo, 1234.5678901234567),
        new ObservePrice(Demo, 99.5, "retry-1"),
        new ObservePrices(Demo, [101.5, 99.25], new PricePace(4), "batch-1"),
        new ScheduleInput(Demo, Noon.AddSeconds(30), new ScheduledChange(Transport: TransportCommand.Seek, Tick: 1920), "osc-7"),
        new DeleteSession(Demo),
        new GetSession(Demo),
        new SessionView(Demo, State, 17, 8160, 3),
        new GetRecent(Demo, 120),
        new RecentView(Demo, [new PriceMoved(Demo, 480, 101.25, -0.5, "bear"), new NotePlayed(Demo, 480, 30_000, "bass", 40, 90, 240)]),
        new CommandAccepted(Demo, [new ParametersChanged(Demo, new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(90) }, 4, 1920, Noon)], 1920),
        new CommandRejected(Demo, new Rejection(Rejection.BadValue, "bpm must lie between 20 and 300.")),
        new FeedOutputs(Demo, [
            new NotePlayed(Demo, 480, 30_000, "bass", 40, 90, 240),
            new ChordChanged(Demo, 0, "Dm7", "ii7", 2, [2, 5, 9, 0]),
            new PriceMoved(Demo, 480, 101.25, -0.5, "bear"),
            new TradeMade(Demo, 480, "momentum", "buy", 101.25),
            new TransportMoved(Demo, "playing", 1, 2, 2880, 2880),
            new ParameterScheduled(Demo, "key", ParameterValue.Of("Eb"), 3840),
            new SessionChanged(Demo, State, 2),
            new SessionClosing(Demo, "deleted"),
            new SessionClosing(Demo, "stopping", Resumes: true),
            new SessionFaulted(Demo, "clock", "its clock stage threw at step 12: InvalidOperationException: no", Restarting: true),
        ], 2),
        new PitchRequests.AnalyzePitch(Demo, [82, 73, 70, 70, 0, 255]),
        new PitchRequests.ImportMotifFile(Demo, [77, 84, 104, 100]),
        new PitchRequests.CheckIntonation(Demo, 2.5),
        new PitchRequests.PitchAnalyzed(Demo, [new NoteAnalysis(0.1, 0.6, "A4", 441.3, 5.1, "A4", -5.1, true)], 0.7),
        new SampleRequests.UploadSample(Demo, "kick", [1, 2, 3]),
        new SampleRequests.ListSamples(Demo),
        new SampleRequests.FindNearestSample(Demo, new Audio.Analysis.SampleRequest(Rms: 0.3, PitchHertz: 220, Pitched: true), 3),
        new SampleRequests.AssignKit(Demo),
        new SampleRequests.KitAssigned(Demo, new Dictionary<string, string> { ["kick"] = "thud" }, 1920),
        new SampleRequests.SamplesListed(Demo, [new SampleEntry("thud", "ab12", new Audio.Analysis.SampleFeatures(0.4, 0.2, 0.9, 180.5, 0.01, [0.0, 0.21], null), 0.25)]),
        new VstRequests.GetPlugins(Demo),
        new VstRequests.ListPresets(Demo),
        new VstRequests.PluginsRead(Demo, Auralis.Engine.Agents.Vst.PluginChain.Of(State)),
        new VstRequests.PresetsListed(Demo, new Dictionary<string, PluginPreset>
        {
            ["bright"] = new(new Dictionary<string, ParameterValue> { ["alto.gain"] = ParameterValue.Of(0.4) }, new Dictionary<string, double> { ["alto/fm/ratio"] = 0.6 }),
        }),
        new IoRequests.ExportSession(Demo, "wav", new Auralis.Engine.Replay.ReplayLength(Seconds: 12.5), Audio.Codecs.WavSampleFormat.Float32),
        new IoRequests.ImportPriceCsv(Demo, "date,price\n2026-01-02,101.5\n"),
        new IoRequests.SessionExported(Demo, [0, 1, 2, 250], "audio/wav", "demo.wav"),
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_cluster_message_round_trips_through_its_manifest(object message)
    {
        var restored = _serializer.FromBinary(_serializer.ToBinary(message), _serializer.Manifest(message));

        Assert.Equal(message.GetType(), restored.GetType());
        Assert.Equal(Normalize(message), Normalize(restored));
    }

    [Fact]
    public void Audio_crosses_bit_for_bit_including_signed_zero_and_denormals()
    {
        float[] samples = [0f, -0f, 1e-42f, -1f, 0.123456789f, float.Epsilon, 0.99999994f, -0.5f];
        var audio = new FeedAudio(Demo, 1L << 40, samples);

        var restored = (FeedAudio)_serializer.FromBinary(_serializer.ToBinary(audio), _serializer.Manifest(audio));

        Assert.Equal(audio.FirstFrame, restored.FirstFrame);
        Assert.Equal(samples.Select(BitConverter.SingleToInt32Bits), restored.Samples.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void An_actor_reference_comes_back_as_the_same_actor()
    {
        var probe = CreateTestProbe();
        var open = new OpenFeed(Demo, probe.Ref);

        var restored = (OpenFeed)_serializer.FromBinary(_serializer.ToBinary(open), _serializer.Manifest(open));

        Assert.Equal(probe.Ref, restored.Mirror);
    }

    [Fact]
    public void Every_cluster_message_type_has_a_versioned_manifest_and_is_bound_to_this_serializer()
    {
        Assert.All(SessionMessageSerializer.Manifests.Values, m => Assert.Matches(@"^[a-z-]+\.v\d+$", m));
        Assert.Equal(SessionMessageSerializer.Manifests.Count, SessionMessageSerializer.Manifests.Values.Distinct().Count());
        using var configured = ActorSystem.Create("bound", AuralisConfig.Load("serialization"));
        foreach (var type in SessionMessageSerializer.Manifests.Keys)
        {
            Assert.IsType<SessionMessageSerializer>(configured.Serialization.FindSerializerForType(type));
        }
    }

    private string Normalize(object message) =>
        System.Text.Encoding.UTF8.GetString(_serializer.ToBinary(message));
}
