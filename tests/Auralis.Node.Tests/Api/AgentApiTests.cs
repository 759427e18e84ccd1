using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Auralis.Audio.Codecs;
using Auralis.Audio.Codecs.Midi;
using Auralis.Node.Tests.Support;

namespace Auralis.Node.Tests.Api;

[Collection(OpenNodeCollection.Name)]
public sealed class AgentApiTests(NodeFixture fixture)
{
    private HttpClient Http => fixture.Node.Http;

    private static ByteArrayContent Body(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static byte[] Sine(double hertz, int frames = 48_000)
    {
        var stream = new MemoryStream();
        WavWriter.Write(stream, new WavAudio(48_000, 1, Enumerable.Range(0, frames).Select(i => (float)(0.5 * Math.Sin(2 * Math.PI * hertz * i / 48_000))).ToArray()),
            WavSampleFormat.Pcm16);
        return stream.ToArray();
    }

    private static async Task<string> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;

    [Fact]
    public async Task An_uploaded_wav_is_analyzed_into_notes_and_a_truncated_one_is_a_problem()
    {
        using var analyzed = await Http.PostAsync("/api/v1/pitch/analyze?key=C&mode=major", Body(Sine(440 * Math.Pow(2, 30 / 1200.0)), "audio/wav"));
        using var truncated = await Http.PostAsync("/api/v1/pitch/analyze", Body(Sine(440)[..30], "audio/wav"));

        Assert.Equal(HttpStatusCode.OK, analyzed.StatusCode);
        var note = Assert.Single((await analyzed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notes").EnumerateArray());
        Assert.Equal("A4", note.GetProperty("note").GetString());
        Assert.InRange(note.GetProperty("cents").GetDouble(), 27, 33);
        Assert.Equal(HttpStatusCode.BadRequest, truncated.StatusCode);
        Assert.Equal("application/problem+json", truncated.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Plugins_parameters_and_presets_are_read_set_saved_and_loaded_over_rest()
    {
        await fixture.Node.CreateSessionAsync("rest-plugins", new { seed = 5 });

        using var set = await Http.PatchAsJsonAsync("/api/v1/sessions/rest-plugins/plugins/bass/parameters", new { cutoff = 0.25 });
        using var saved = await Http.PostAsJsonAsync("/api/v1/sessions/rest-plugins/presets", new { name = "dark" });
        using var changed = await Http.PatchAsJsonAsync("/api/v1/sessions/rest-plugins/plugins/bass/parameters", new { cutoff = 0.75 });
        using var automated = await Http.PatchAsJsonAsync("/api/v1/sessions/rest-plugins/plugins/soprano/parameters", new { automate = new { parameter = "envAmount", from = 0.1, to = 0.9, beats = 8 } });
        using var loaded = await Http.PostAsync("/api/v1/sessions/rest-plugins/presets/dark/load", null);
        using var unknownPreset = await Http.PostAsync("/api/v1/sessions/rest-plugins/presets/bright/load", null);
        using var unknownVoice = await Http.PatchAsJsonAsync("/api/v1/sessions/rest-plugins/plugins/tuba/parameters", new { cutoff = 0.5 });
        using var unknownParameter = await Http.PatchAsJsonAsync("/api/v1/sessions/rest-plugins/plugins/bass/parameters", new { wobble = 0.5 });
        var chain = await Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/rest-plugins/plugins");
        var presets = await Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/rest-plugins/presets");

        Assert.All(new[] { set, saved, changed, automated, loaded }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.NotFound, unknownPreset.StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, "unknown-parameter"), (unknownVoice.StatusCode, await CodeOf(unknownVoice)));
        Assert.Equal((HttpStatusCode.BadRequest, "unknown-parameter"), (unknownParameter.StatusCode, await CodeOf(unknownParameter)));
        var bass = chain.GetProperty("voices").EnumerateArray().Single(v => v.GetProperty("voice").GetString() == "bass");
        var cutoff = bass.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "cutoff");
        Assert.Equal(0.25, cutoff.GetProperty("normalized").GetDouble());
        Assert.Equal("Hz", cutoff.GetProperty("unit").GetString());
        Assert.Equal(3, chain.GetProperty("effects").GetArrayLength());
        Assert.True(presets.GetProperty("presets").TryGetProperty("dark", out _));
    }

    [Fact]
    public async Task A_backup_exported_over_rest_imports_into_a_new_session_and_a_bad_one_is_refused()
    {
        await fixture.Node.CreateSessionAsync("rest-backup", new { seed = 8, bpm = 100 });
        using var motif = await Http.PostAsync("/api/v1/sessions/rest-backup/motif", Body(Midi(), "audio/midi"));
        using var noNotes = await Http.PostAsync("/api/v1/sessions/rest-backup/motif", Body(Midi(empty: true), "audio/midi"));
        using var backup = await Http.GetAsync("/api/v1/sessions/rest-backup/export?format=json");
        var json = await backup.Content.ReadAsByteArrayAsync();

        using var imported = await Http.PostAsync("/api/v1/sessions/import?id=rest-restored", Body(json, "application/json"));
        using var again = await Http.PostAsync("/api/v1/sessions/import?id=rest-restored", Body(json, "application/json"));
        using var bad = await Http.PostAsync("/api/v1/sessions/import?id=rest-never", Body("{\"format\":\"auralis-session-backup.v1\",\"events\":[]}"u8.ToArray(), "application/json"));
        using var never = await Http.GetAsync("/api/v1/sessions/rest-never");
        using var midi = await Http.GetAsync("/api/v1/sessions/rest-restored/export?format=mid&bars=2");
        using var wav = await Http.GetAsync("/api/v1/sessions/rest-restored/export?format=wav&sample=24&bars=1");

        Assert.Equal(HttpStatusCode.OK, motif.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noNotes.StatusCode);
        Assert.Contains("no notes", (await noNotes.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);
        var history = await Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/rest-restored/events");
        Assert.Contains(history.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "motif-imported.v1");
        Assert.NotEmpty(MidiReader.Parse(await midi.Content.ReadAsByteArrayAsync()).Tracks);
        var audio = WavReader.Parse(await wav.Content.ReadAsByteArrayAsync());
        Assert.Equal(WavSampleFormat.Pcm24, audio.Format);
    }

    [Fact]
    public async Task Samples_are_uploaded_listed_and_matched_and_intonation_is_reported()
    {
        await fixture.Node.CreateSessionAsync("rest-samples", new { seed = 3 });

        using var low = await Http.PostAsync("/api/v1/sessions/rest-samples/samples?name=low", Body(Sine(110, 12_000), "audio/wav"));
        using var high = await Http.PostAsync("/api/v1/sessions/rest-samples/samples?name=high", Body(Sine(880, 12_000), "audio/wav"));
        using var truncated = await Http.PostAsync("/api/v1/sessions/rest-samples/samples?name=broken", Body(Sine(880)[..40], "audio/wav"));
        var listed = await Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/rest-samples/samples");
        var nearest = await Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/rest-samples/samples/nearest?pitch=120");
        using var badQuery = await Http.GetAsync("/api/v1/sessions/rest-samples/samples/nearest?pitch=abc");
        using var intonation = await Http.GetAsync("/api/v1/sessions/rest-samples/intonation?seconds=1");
        using var badSeconds = await Http.GetAsync("/api/v1/sessions/rest-samples/intonation?seconds=-1");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.BadRequest), (low.StatusCode, high.StatusCode, truncated.StatusCode));
        Assert.Equal(2, listed.GetProperty("samples").GetArrayLength());
        Assert.Equal("low", nearest.GetProperty("samples")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badQuery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, intonation.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badSeconds.StatusCode);
    }

    [Fact]
    public async Task A_kit_is_built_from_the_library_a_sample_name_keeps_its_sound_and_a_voice_plays_a_library_sample()
    {
        await fixture.Node.CreateSessionAsync("rest-kit", new { seed = 4 });
        using var emptyKit = await Http.PostAsync("/api/v1/sessions/rest-kit/samples/kit", null);
        using var low = await Http.PostAsync("/api/v1/sessions/rest-kit/samples?name=low", Body(Sine(55, 12_000), "audio/wav"));

        using var sameAgain = await Http.PostAsync("/api/v1/sessions/rest-kit/samples?name=low", Body(Sine(55, 12_000), "audio/wav"));
        using var otherSound = await Http.PostAsync("/api/v1/sessions/rest-kit/samples?name=low", Body(Sine(880, 12_000), "audio/wav"));
        using var kit = await Http.PostAsync("/api/v1/sessions/rest-kit/samples/kit", null);
        using var voice = await Http.PatchAsJsonAsync("/api/v1/sessions/rest-kit", new { parameters = new Dictionary<string, string> { ["alto.instrument"] = "sampler", ["alto.sample"] = "low" } });
        using var unknown = await Http.PatchAsJsonAsync("/api/v1/sessions/rest-kit", new { parameters = new Dictionary<string, string> { ["kit.snare"] = "cowbell" } });

        Assert.Equal(HttpStatusCode.NotFound, emptyKit.StatusCode);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict), (low.StatusCode, sameAgain.StatusCode, otherSound.StatusCode));
        Assert.True(kit.StatusCode == HttpStatusCode.OK, $"{(int)kit.StatusCode}: {await kit.Content.ReadAsStringAsync()}");
        var assigned = await kit.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("low", assigned.GetProperty("kit").GetProperty("kick").GetString());
        Assert.True(assigned.GetProperty("atTick").GetInt64() >= 0);
        Assert.Equal(HttpStatusCode.OK, voice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("there is no sample 'cowbell'", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var state = await Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/rest-kit");
        Assert.Equal("low", state.GetProperty("parameters").GetProperty("alto.sample").GetString());
    }

    private static byte[] Midi(bool empty = false)
    {
        var stream = new MemoryStream();
        MidiTrack[] tracks = empty
            ? [new MidiTrack("tempo", [TempoChange.FromBpm(0, 100)])]
            : [new MidiTrack("tempo", [TempoChange.FromBpm(0, 100)]), new MidiTrack("line", MidiNotes.ToEvents([new MidiNote(0, 480, 67, 90), new MidiNote(480, 480, 69, 90)]))];
        MidiWriter.Write(stream, new MidiFile(1, 480, tracks));
        return stream.ToArray();
    }
}
