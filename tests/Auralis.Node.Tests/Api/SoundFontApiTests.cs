using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Auralis.Audio.Codecs;
using Auralis.Node.Tests.Support;

namespace Auralis.Node.Tests.Api;

[Collection(OpenNodeCollection.Name)]
public sealed class SoundFontApiTests(NodeFixture fixture)
{
    private HttpClient Http => fixture.Node.Http;

    private static ByteArrayContent Body(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static byte[] Tone()
    {
        var stream = new MemoryStream();
        WavWriter.Write(stream, new WavAudio(44_000, 1, Enumerable.Range(0, 44_000).Select(i => (float)(0.5 * Math.Sin(2 * Math.PI * 440 * i / 44_000))).ToArray()),
            WavSampleFormat.Pcm16);
        return stream.ToArray();
    }

    private static async Task<string> DetailOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    [Fact]
    public async Task An_sfz_upload_plays_on_a_soundfont_voice_and_malformed_sf2_and_sfz_uploads_are_refused_with_what_is_wrong()
    {
        await fixture.Node.CreateSessionAsync("rest-soundfont", new { seed = 6 });
        const string Sfz = "<region> sample=tone.wav pitch_keycenter=69 loop_mode=loop_continuous loop_start=0 loop_end=43999";
        var lyingSf2 = Encoding.Latin1.GetBytes("RIFF\x00\x10\x00\x00sfbkLIST\xff\xff\x00\x00INFOifil");

        using var tone = await Http.PostAsync("/api/v1/sessions/rest-soundfont/samples?name=tone", Body(Tone(), "audio/wav"));
        using var organ = await Http.PostAsync("/api/v1/sessions/rest-soundfont/samples?name=organ", Body(Encoding.UTF8.GetBytes(Sfz), "text/plain"));
        using var missing = await Http.PostAsync("/api/v1/sessions/rest-soundfont/samples?name=ghost",
            Body(Encoding.UTF8.GetBytes("<region> sample=nowhere.wav"), "text/plain"));
        using var sf2 = await Http.PostAsync("/api/v1/sessions/rest-soundfont/samples?name=liar", Body(lyingSf2, "application/octet-stream"));
        using var voice = await Http.PatchAsJsonAsync("/api/v1/sessions/rest-soundfont",
            new { parameters = new Dictionary<string, object> { ["soprano.instrument"] = "soundfont", ["soprano.soundfont"] = "organ", ["soprano.program"] = 19 } });
        using var wavAsFont = await Http.PatchAsJsonAsync("/api/v1/sessions/rest-soundfont",
            new { parameters = new Dictionary<string, string> { ["alto.instrument"] = "soundfont", ["alto.soundfont"] = "tone" } });
        using var render = await Http.GetAsync("/api/v1/sessions/rest-soundfont/render?bars=2&format=wav");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (tone.StatusCode, organ.StatusCode));
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (missing.StatusCode, sf2.StatusCode));
        Assert.Equal("The SFZ 'the upload' plays 'nowhere.wav', which is not there.", await DetailOf(missing));
        Assert.StartsWith("'the upload' is not a readable SoundFont 2 file", await DetailOf(sf2), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, voice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wavAsFont.StatusCode);
        Assert.Equal("alto.soundfont: 'tone' is a WAV sample; a soundfont voice plays a SoundFont (.sf2) or an SFZ.", await DetailOf(wavAsFont));
        Assert.Equal(HttpStatusCode.OK, render.StatusCode);
        Assert.Contains(WavReader.Parse(await render.Content.ReadAsByteArrayAsync()).Channel(0), s => Math.Abs(s) > 0.01f);
    }
}
