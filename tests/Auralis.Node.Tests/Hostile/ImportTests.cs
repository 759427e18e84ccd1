using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Auralis.Audio.Codecs;
using Auralis.Node.Tests.Support;

namespace Auralis.Node.Tests.Hostile;

/// <summary>Issue 21, items 2 and 3: a backup is checked like live input, and it can neither read a server file nor disclose one.</summary>
[Collection(OpenNodeCollection.Name)]
public sealed class ImportTests(NodeFixture fixture)
{
    private HttpClient Http => fixture.Node.Http;

    private static ByteArrayContent Body(byte[] bytes, string type = "application/json")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static byte[] Sine(double hertz, int frames = 12_000)
    {
        var stream = new MemoryStream();
        WavWriter.Write(stream, new WavAudio(48_000, 1, Enumerable.Range(0, frames).Select(i => (float)(0.5 * Math.Sin(2 * Math.PI * hertz * i / 48_000))).ToArray()),
            WavSampleFormat.Pcm16);
        return stream.ToArray();
    }

    private async Task<JsonObject> BackupOfAsync(string id)
    {
        using var export = await Http.GetAsync($"/api/v1/sessions/{id}/export?format=json");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        return JsonNode.Parse(await export.Content.ReadAsByteArrayAsync())!.AsObject();
    }

    private async Task<(HttpStatusCode Status, string? Code, string Detail)> ImportAsync(string id, JsonNode backup)
    {
        using var answer = await Http.PostAsync($"/api/v1/sessions/import?id={id}", Body(Encoding.UTF8.GetBytes(backup.ToJsonString())));
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        return (answer.StatusCode, body.TryGetProperty("code", out var code) ? code.GetString() : null, body.ToString());
    }

    [Theory]
    [InlineData("bpm", "1e9")]
    [InlineData("bpm", "-4")]
    [InlineData("bpm", "\"fast\"")]
    [InlineData("../../etc", "1")]
    public async Task A_backup_with_a_value_live_input_would_refuse_is_refused_and_nothing_is_created(string parameter, string value)
    {
        var source = $"imp-values-{Math.Abs(parameter.GetHashCode() ^ value.GetHashCode())}";
        await fixture.Node.CreateSessionAsync(source, new { seed = 2, play = false });
        var backup = await BackupOfAsync(source);
        backup["events"]![0]!["event"]!["parameters"]![parameter] = JsonNode.Parse(value);

        var (status, code, detail) = await ImportAsync(source + "-copy", backup);
        using var copy = await Http.GetAsync($"/api/v1/sessions/{source}-copy");

        Assert.True(status == HttpStatusCode.BadRequest, detail);
        Assert.Contains(code, new[] { "bad-value", "unknown-parameter" });
        Assert.Equal(HttpStatusCode.NotFound, copy.StatusCode);
    }

    [Fact]
    public async Task A_backup_that_names_a_server_file_as_a_sample_is_refused_and_the_file_is_never_read()
    {
        await fixture.Node.CreateSessionAsync("imp-steal", new { seed = 3, play = false });
        var secret = Path.Combine(fixture.Node.Data, "secret.wav");
        var secretBytes = Sine(330);
        await File.WriteAllBytesAsync(secret, secretBytes);
        var backup = await BackupOfAsync("imp-steal");
        ((JsonArray)backup["events"]!).Add(new JsonObject
        {
            ["manifest"] = "sample-added.v1",
            ["event"] = new JsonObject
            {
                ["name"] = "stolen",
                ["path"] = secret,
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(secretBytes)),
                ["at"] = "2026-12-01T12:00:00+00:00",
            },
        });

        var (status, code, detail) = await ImportAsync("imp-steal-copy", backup);
        using var copy = await Http.GetAsync("/api/v1/sessions/imp-steal-copy");

        Assert.True(status == HttpStatusCode.BadRequest, detail);
        Assert.Equal("bad-request", code);
        Assert.Contains("does not carry its bytes", detail);
        Assert.Equal(HttpStatusCode.NotFound, copy.StatusCode);
    }

    [Fact]
    public async Task An_export_carries_its_samples_bytes_and_no_server_path_and_imports_with_them()
    {
        await fixture.Node.CreateSessionAsync("imp-samples", new { seed = 4, play = false });
        var wav = Sine(220);
        using var upload = await Http.PostAsync("/api/v1/sessions/imp-samples/samples?name=low", Body(wav, "audio/wav"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);

        var backup = await BackupOfAsync("imp-samples");
        var (status, _, detail) = await ImportAsync("imp-samples-copy", backup);
        using var listed = await Http.GetAsync("/api/v1/sessions/imp-samples-copy/samples");
        using var play = await Http.PatchAsJsonAsync("/api/v1/sessions/imp-samples-copy",
            new { parameters = new Dictionary<string, string> { ["alto.instrument"] = "sampler", ["alto.sample"] = "low" } });

        var text = backup.ToJsonString();
        Assert.DoesNotContain("\"path\"", text);
        Assert.DoesNotContain(fixture.Node.Data, text);
        var carried = Assert.Single(backup["samples"]!.AsArray());
        Assert.Equal(wav, Convert.FromBase64String((string)carried!["wav"]!));
        Assert.True(status == HttpStatusCode.Created, detail);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal("low", (await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("samples")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, play.StatusCode);
    }
}
