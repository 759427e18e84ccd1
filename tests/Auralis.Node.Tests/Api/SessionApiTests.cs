using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Auralis.Node.Tests.Support;

namespace Auralis.Node.Tests.Api;

[Collection(OpenNodeCollection.Name)]
public sealed class SessionApiTests(NodeFixture fixture)
{
    private HttpClient Http => fixture.Node.Http;

    [Fact]
    public async Task A_session_is_created_listed_read_steered_and_deleted_over_rest()
    {
        var created = await fixture.Node.CreateSessionAsync("rest-life", new { name = "Life", key = "A", mode = "minor", bpm = 110, seed = 99 });
        Assert.Equal("Life", created.GetProperty("name").GetString());
        Assert.Equal(99UL, created.GetProperty("seed").GetUInt64());

        var list = await Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions");
        Assert.Contains(list.GetProperty("sessions").EnumerateArray(), s => s.GetProperty("id").GetString() == "rest-life");

        using var patch = await Http.PatchAsJsonAsync("/api/v1/sessions/rest-life", new { intensity = 0.9, bpm = 128 });
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        var applied = await patch.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(applied.GetProperty("atTick").GetInt64() >= 0);

        using var transport = await Http.PostAsJsonAsync("/api/v1/sessions/rest-life/transport", new { command = "stop" });
        Assert.Equal(HttpStatusCode.OK, transport.StatusCode);
        using var prices = await Http.PostAsync("/api/v1/sessions/rest-life/prices",
            new StringContent("date,price\n2026-01-02,101.5\n2026-01-03,99.25\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, prices.StatusCode);

        var state = await Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/rest-life");
        Assert.Equal(128, state.GetProperty("parameters").GetProperty("bpm").GetDouble());
        Assert.False(state.GetProperty("transport").GetProperty("playing").GetBoolean());

        var history = await Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/rest-life/events");
        Assert.Equal(["session-created.v1", "parameters-changed.v1", "transport-changed.v1", "price-series-scheduled.v1"],
            history.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()!));

        using var deleted = await Http.DeleteAsync("/api/v1/sessions/rest-life");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await Http.GetAsync("/api/v1/sessions/rest-life");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("""{"bpm": 0}""", "bad-value")]
    [InlineData("""{"bpm": "fast"}""", "bad-value")]
    [InlineData("""{"key": "H"}""", "bad-value")]
    [InlineData("""{"flux": 3}""", "unknown-parameter")]
    [InlineData("""{"bpm": """, "bad-request")]
    [InlineData("""[1, 2]""", "bad-request")]
    public async Task Bad_changes_are_problem_responses_and_leave_the_journal_untouched(string body, string code)
    {
        var id = "rest-bad-" + Math.Abs(body.GetHashCode() % 100_000);
        await fixture.Node.CreateSessionAsync(id);

        using var answer = await Http.PatchAsync($"/api/v1/sessions/{id}", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        var history = await Http.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{id}/events");
        Assert.Single(history.GetProperty("events").EnumerateArray());
    }

    [Theory]
    [InlineData("""{"name": "x", "bpm": 999}""", "bad-value")]
    [InlineData("""{"name": "x", "flux": 3}""", "unknown-parameter")]
    [InlineData("""{"name": "x", "intensity": 0.5, "key": "H"}""", "bad-value")]
    [InlineData("""{"name": "   ", "bpm": 100}""", "bad-value")]
    [InlineData("""{"name": 5, "bpm": 100}""", "bad-request")]
    public async Task A_patch_with_one_bad_field_changes_nothing_at_all(string body, string code)
    {
        var id = "rest-atomic-" + Math.Abs(body.GetHashCode() % 100_000);
        await fixture.Node.CreateSessionAsync(id, new { name = "Before", bpm = 120 });

        using var answer = await Http.PatchAsync($"/api/v1/sessions/{id}", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        var state = await Http.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{id}");
        Assert.Equal("Before", state.GetProperty("name").GetString());
        Assert.Equal(120, state.GetProperty("parameters").GetProperty("bpm").GetDouble());
        var history = await Http.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{id}/events");
        Assert.Equal(["session-created.v1"], history.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()!));
    }

    [Fact]
    public async Task A_patch_that_renames_and_retunes_journals_both_and_says_when_they_apply()
    {
        await fixture.Node.CreateSessionAsync("rest-edit", new { name = "Before", bpm = 120 });

        using var answer = await Http.PatchAsJsonAsync("/api/v1/sessions/rest-edit", new { name = "After", bpm = 131 });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var applied = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(applied.GetProperty("atTick").GetInt64() >= 0);
        var state = await Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/rest-edit");
        Assert.Equal("After", state.GetProperty("name").GetString());
        Assert.Equal(131, state.GetProperty("parameters").GetProperty("bpm").GetDouble());
        var history = await Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/rest-edit/events");
        Assert.Equal(["session-created.v1", "session-renamed.v1", "parameters-changed.v1"],
            history.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()!));
    }

    [Fact]
    public async Task Unknown_sessions_ids_in_use_and_bad_ids_get_their_status_codes()
    {
        await fixture.Node.CreateSessionAsync("rest-taken");

        using var unknown = await Http.GetAsync("/api/v1/sessions/never-made");
        using var badId = await Http.GetAsync("/api/v1/sessions/Not%20An%20Id");
        using var again = await Http.PostAsJsonAsync("/api/v1/sessions", new { id = "rest-taken" });
        using var badPrice = await Http.PostAsJsonAsync("/api/v1/sessions/rest-taken/prices", new { prices = new[] { 10.0, -1.0 } });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, badId.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPrice.StatusCode);
        var history = await Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/rest-taken/events");
        Assert.Single(history.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task A_render_replays_the_journal_into_wav_midi_and_json()
    {
        await fixture.Node.CreateSessionAsync("rest-render", new { bpm = 120 });

        using var wav = await Http.GetAsync("/api/v1/sessions/rest-render/render?bars=1&format=wav");
        using var midi = await Http.GetAsync("/api/v1/sessions/rest-render/render?bars=1&format=mid");
        var json = await Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/rest-render/render?bars=1&format=json");

        var audio = Auralis.Audio.Codecs.WavReader.Read(await wav.Content.ReadAsStreamAsync());
        Assert.Equal(48_000, audio.SampleRate);
        Assert.Equal(96_000, audio.Frames);
        Assert.Equal("MThd", Encoding.ASCII.GetString((await midi.Content.ReadAsByteArrayAsync())[..4]));
        Assert.True(json.GetProperty("notes").GetArrayLength() > 4);
    }

    [Fact]
    public async Task Health_metrics_and_the_openapi_document_answer()
    {
        await fixture.Node.CreateSessionAsync("metered");
        await Task.Delay(500);
        var ready = await Http.GetFromJsonAsync<JsonElement>("/health/ready");
        using var live = await Http.GetAsync("/health/live");
        using var openApi = await Http.GetAsync("/openapi/v1.json");
        var metrics = await Http.GetStringAsync("/metrics");

        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal("up", ready.GetProperty("cluster").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("/api/v1/sessions", await openApi.Content.ReadAsStringAsync());
        Assert.Contains("auralis_clients", metrics);
        Assert.Contains("auralis_render_blocks_total{session=\"metered\"}", metrics);
        Assert.Contains("auralis_events_persisted_total", metrics);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_answers_by_their_protocol_records()
    {
        var document = await Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var record in new[] { "SessionList", "ClusterView", "ClusterMember", "GeneratedChords", "GeneratedRhythm", "RenderPlan", "PitchReport", "NodeLive" })
        {
            Assert.True(schemas.TryGetProperty(record, out _), $"no schema {record}");
        }

        var cluster = document.GetProperty("paths").GetProperty("/api/v1/cluster").GetProperty("get").GetProperty("responses").GetProperty("200");
        Assert.Contains("ClusterView", cluster.GetRawText());
        Assert.True(schemas.GetProperty("ClusterView").GetProperty("properties").TryGetProperty("sessionsHere", out _));
    }

    [Fact]
    public async Task The_cli_reads_the_cluster_and_each_sessions_home_node_from_the_records()
    {
        await fixture.Node.CreateSessionAsync("cluster-view");
        var cluster = await Http.GetFromJsonAsync<JsonElement>("/api/v1/cluster");
        var self = cluster.GetProperty("self").GetString()!;
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var code = await Auralis.Cli.CliApp.RunAsync(["cluster", "--url", fixture.Node.BaseAddress.ToString()], output, errors);

        Assert.True(code == 0, errors.ToString());
        Assert.Contains($"seen from {self}", output.ToString(), StringComparison.Ordinal);
        Assert.Matches($@"cluster-view\s+{System.Text.RegularExpressions.Regex.Escape(self)}", output.ToString());
    }
}

