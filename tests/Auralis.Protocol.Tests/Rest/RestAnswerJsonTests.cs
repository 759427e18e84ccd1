using System.Text.Json;
using System.Text.Json.Nodes;
using Auralis.Protocol.Messages;
using Auralis.Protocol.Rest;

namespace Auralis.Protocol.Tests.Rest;

/// <summary>The records keep the JSON the node wrote as anonymous objects before they existed: same names, order and values.</summary>
public sealed class RestAnswerJsonTests
{
    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType(), RestJson.Options);

    public static TheoryData<object, object> Answers => new()
    {
        {
            new ClusterView("akka.tcp://auralis@a:4053", ["demo", "x"], null, [new ClusterMember("akka.tcp://auralis@a:4053", "up", ["sessions"], true)]),
            new
            {
                self = "akka.tcp://auralis@a:4053",
                sessionsHere = new[] { "demo", "x" },
                leader = (string?)null,
                members = new[] { new { address = "akka.tcp://auralis@a:4053", status = "up", roles = new[] { "sessions" }, reachable = true } },
            }
        },
        { new NodeLive("live"), new { status = "live" } },
        {
            new NodeReadiness("ready", "up", "akka.tcp://auralis@a:4053", "ok (2 sessions)"),
            new { status = "ready", cluster = "up", address = "akka.tcp://auralis@a:4053", journal = "ok (2 sessions)" }
        },
        {
            new GeneratedChords("C major", [new GeneratedChord("C", 0, [0, 4, 7], "I")], Regime: "bull"),
            new { key = "C major", regime = "bull", chords = new[] { new { degree = "I", symbol = "C", root = 0, pitchClasses = new[] { 0, 4, 7 } } } }
        },
        {
            new GeneratedChords("A minor", [new GeneratedChord("Am", 9, [9, 0, 4])], Model: "markov"),
            new { key = "A minor", model = "markov", chords = new[] { new { symbol = "Am", root = 9, pitchClasses = new[] { 9, 0, 4 } } } }
        },
        {
            new GeneratedRhythm("euclidean 3/8", 1920, [new RhythmOnset(0, 240, true)]),
            new { kind = "euclidean 3/8", lengthTicks = 1920, onsets = new[] { new { tick = 0, durationTicks = 240, accent = true } } }
        },
        {
            new GeneratedNotes([new GeneratedNote(480, 240, 60, "C4", 96)]),
            new { notes = new[] { new { tick = 480L, durationTicks = 240, pitch = 60, name = "C4", velocity = 96 } } }
        },
        {
            new GeneratedPattern("C major", ["repeat", "sequence +2"], [new GeneratedNote(0, 480, 64, "E4", 90)]),
            new { key = "C major", plan = new[] { "repeat", "sequence +2" }, notes = new[] { new { tick = 0L, durationTicks = 480, pitch = 64, name = "E4", velocity = 90 } } }
        },
        {
            new RenderPlan("demo", 96_000, [new RenderedNote(0, 0, "bass", 36, 100, 480)]),
            new { session = "demo", frames = 96_000L, notes = new[] { new { tick = 0L, frame = 0L, voice = "bass", pitch = 36, velocity = 100, durationTicks = 480 } } }
        },
        {
            new KitAssigned(new Dictionary<string, string> { ["kick"] = "thump" }, 1920),
            new { kit = new Dictionary<string, string> { ["kick"] = "thump" }, atTick = (long?)1920 }
        },
        {
            new PitchReport(1.5, [new HeardNote(0.1, 0.6, "A4", 441.2, 4.7, "A4", -4.7, true)]),
            new
            {
                seconds = 1.5,
                notes = new[] { new { startSeconds = 0.1, endSeconds = 0.6, note = "A4", hertz = 441.2, cents = 4.7, suggestion = "A4", correctionCents = -4.7, inTune = true } },
            }
        },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Each_answer_writes_the_json_of_the_anonymous_shape_it_replaces(object record, object anonymous) =>
        Assert.Equal(Json(anonymous), Json(record));

    [Theory]
    [InlineData(null)]
    [InlineData("stage voices faulted 3 times within a minute")]
    public void A_session_detail_writes_the_session_info_and_then_its_node_and_state(string? failure)
    {
        var info = new SessionInfo("demo", "Demo", 42, new Dictionary<string, WireValue> { ["bpm"] = WireValue.Of(120), ["mode"] = WireValue.Of("dorian") },
            new TransportInfo(true, 0, 7680), new PositionInfo(3, 2, 5280), 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1));
        var before = JsonSerializer.SerializeToNode(info, RestJson.Options)!.AsObject();
        before["node"] = "akka.tcp://auralis@a:4053";
        before["state"] = failure is null ? "running" : "failed";
        if (failure is not null)
        {
            before["failure"] = failure;
        }

        // The same values in the same order; the node's JsonObject wrote the dates' "+" escaped (\u002B), the record writes it plain.
        var after = JsonNode.Parse(Json(SessionDetail.Of(info, "akka.tcp://auralis@a:4053", failure)))!.AsObject();
        Assert.True(JsonNode.DeepEquals(before, after), after.ToJsonString());
        Assert.Equal(before.Select(p => p.Key), after.Select(p => p.Key));
    }

    [Fact]
    public void A_client_reads_an_answer_back_to_the_same_values()
    {
        var view = new ClusterView("self", ["demo"], "leader", [new ClusterMember("self", "up", ["sessions"], false)]);

        var read = RestJson.Read<ClusterView>(Json(view));

        Assert.Equal(view.Self, read.Self);
        Assert.Equal(view.SessionsHere, read.SessionsHere);
        Assert.Equal(view.Leader, read.Leader);
        var member = Assert.Single(read.Members);
        Assert.Equal(("self", "up", false), (member.Address, member.Status, member.Reachable));
        Assert.Equal(["sessions"], member.Roles);
    }

    [Fact]
    public void An_answer_without_its_optional_fields_reads_back_with_them_absent()
    {
        var read = RestJson.Read<GeneratedChords>("""{"key":"A minor","model":"markov","chords":[{"symbol":"Am","root":9,"pitchClasses":[9,0,4]}]}""");

        Assert.Equal(("markov", null), (read.Model, read.Regime));
        Assert.Null(Assert.Single(read.Chords).Degree);
    }

    [Fact]
    public void Json_of_another_shape_is_refused() =>
        Assert.ThrowsAny<JsonException>(() => RestJson.Read<ClusterView>("null"));
}
