using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Auralis.Node.Tests.Support;

namespace Auralis.Node.Tests.Api;

[Collection(OpenNodeCollection.Name)]
public sealed class GenerateApiTests(NodeFixture fixture)
{
    private HttpClient Http => fixture.Node.Http;

    [Fact]
    public async Task A_regime_progression_comes_back_as_chords_of_the_key()
    {
        var answer = await Http.GetFromJsonAsync<JsonElement>("/api/v1/generate/chords?key=D&mode=dorian&regime=bull&count=4");

        var chords = answer.GetProperty("chords").EnumerateArray().ToArray();
        Assert.Equal(4, chords.Length);
        var expected = Auralis.Music.Harmony.RegimeProgressions.In(Auralis.Music.Theory.Key.Parse("D dorian"), Auralis.Music.Harmony.Regime.Bull);
        Assert.Equal(Enumerable.Range(0, 4).Select(i => expected[i % expected.Count].Symbol), chords.Select(c => c.GetProperty("symbol").GetString()!));
        var markov = await Http.GetFromJsonAsync<JsonElement>("/api/v1/generate/chords?model=markov&count=6&seed=3");
        Assert.Equal(6, markov.GetProperty("chords").GetArrayLength());
    }

    [Fact]
    public async Task Rhythms_are_euclidean_or_schillinger_resultants()
    {
        var tresillo = await Http.GetFromJsonAsync<JsonElement>("/api/v1/generate/rhythm?pulses=3&steps=8");
        var resultant = await Http.GetFromJsonAsync<JsonElement>("/api/v1/generate/rhythm?generators=3,2&stepTicks=120");

        Assert.Equal([0, 360, 720], tresillo.GetProperty("onsets").EnumerateArray().Select(o => o.GetProperty("tick").GetInt32()));
        Assert.Equal([0, 240, 360, 480], resultant.GetProperty("onsets").EnumerateArray().Select(o => o.GetProperty("tick").GetInt32()));
    }

    [Fact]
    public async Task A_melody_is_the_same_for_the_same_seed_and_comes_as_midi_on_request()
    {
        var first = await Http.GetStringAsync("/api/v1/generate/notes?key=A&mode=minor&bars=2&seed=5");
        var again = await Http.GetStringAsync("/api/v1/generate/notes?key=A&mode=minor&bars=2&seed=5");
        var other = await Http.GetStringAsync("/api/v1/generate/notes?key=A&mode=minor&bars=2&seed=6");
        var midi = await Http.GetByteArrayAsync("/api/v1/generate/notes?bars=1&format=mid");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal("MThd", Encoding.ASCII.GetString(midi[..4]));
    }

    [Fact]
    public async Task A_motif_is_expanded_into_a_phrase()
    {
        var body = new { key = "C", mode = "major", bars = 4, seed = 2, notes = new[] { new { tick = 0, durationTicks = 480, pitch = 72 }, new { tick = 480, durationTicks = 480, pitch = 76 } } };

        using var answer = await Http.PostAsJsonAsync("/api/v1/generate/pattern", body);
        var phrase = await answer.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(phrase.GetProperty("notes").GetArrayLength() >= 4);
    }

    [Theory]
    [InlineData("/api/v1/generate/chords?regime=euphoric")]
    [InlineData("/api/v1/generate/chords?key=H")]
    [InlineData("/api/v1/generate/rhythm?pulses=9&steps=8")]
    [InlineData("/api/v1/generate/rhythm?generators=0,2")]
    [InlineData("/api/v1/generate/notes?bars=0")]
    public async Task Bad_generator_requests_are_problem_responses(string path)
    {
        using var answer = await Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }
}
