using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Auralis.Audio.Codecs;
using Auralis.Engine.Agents.Io;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Testing;

namespace Auralis.Node.Tests.Hostile;

/// <summary>Issue 21, item 4: renders stream, are bounded in length, and run a bounded number at a time.</summary>
public sealed class RenderTests : IAsyncLifetime
{
    private TestNode _node = null!;

    public async Task InitializeAsync()
    {
        _node = await TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["Auralis:MaxRenderSeconds"] = "900",
            ["Auralis:MaxConcurrentRenders"] = "1",
        });
        await _node.CreateSessionAsync("render-bounds", new { seed = 12, bpm = 60 });
    }

    public async Task DisposeAsync() => await _node.DisposeAsync();

    private static async Task<string?> CodeOf(HttpResponseMessage answer)
    {
        var text = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{(int)answer.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("code").GetString();
    }

    [Fact]
    public async Task A_streamed_wav_is_the_file_a_buffered_replay_of_the_same_journal_writes_and_json_counts_its_frames()
    {
        using var streamed = await _node.Http.GetAsync("/api/v1/sessions/render-bounds/render?bars=3&format=wav");
        using var exported = await _node.Http.GetAsync("/api/v1/sessions/render-bounds/export?format=wav&sample=16&bars=3");
        using var notes = await _node.Http.GetAsync("/api/v1/sessions/render-bounds/render?bars=3&format=json");
        using var backup = await _node.Http.GetAsync("/api/v1/sessions/render-bounds/export?format=json");

        Assert.Equal(HttpStatusCode.OK, streamed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Equal(HttpStatusCode.OK, notes.StatusCode);
        Assert.Equal(HttpStatusCode.OK, backup.StatusCode);
        var id = new SessionId("render-bounds");
        var events = SessionBackup.Read(await backup.Content.ReadAsByteArrayAsync(), id).Events;
        var length = new ReplayLength(Bars: 3);
        var wav = await streamed.Content.ReadAsByteArrayAsync();
        var pcm16 = await exported.Content.ReadAsByteArrayAsync();
        Assert.Equal(wav.Length, streamed.Content.Headers.ContentLength);
        Assert.Equal(SessionExport.Export(id, events, "wav", length, WavSampleFormat.Float32).Content, wav);
        Assert.Equal(SessionExport.Export(id, events, "wav", length, WavSampleFormat.Pcm16).Content, pcm16);
        var frames = (await notes.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("frames").GetInt64();
        Assert.Equal(WavReader.Parse(wav).Frames, frames);
        Assert.Contains(WavReader.Parse(wav).Samples, s => Math.Abs(s) > 0.001f);
    }

    [Fact]
    public async Task A_render_longer_than_the_nodes_maximum_is_refused_before_it_starts()
    {
        using var seconds = await _node.Http.GetAsync("/api/v1/sessions/render-bounds/render?seconds=901&format=json");
        // 300 bars of 4/4 at 60 bpm last 1,200 s.
        using var bars = await _node.Http.GetAsync("/api/v1/sessions/render-bounds/render?bars=300&format=wav");

        Assert.Equal((HttpStatusCode.BadRequest, "bad-request"), (seconds.StatusCode, await CodeOf(seconds)));
        Assert.Equal((HttpStatusCode.BadRequest, "render-too-long"), (bars.StatusCode, await CodeOf(bars)));
    }

    [Fact]
    public async Task A_render_beyond_the_concurrent_limit_answers_429_and_a_slot_frees_when_its_client_leaves()
    {
        // 600 s of float32 stereo is 230 MB: a client that reads nothing holds the render (and its slot) long before it ends.
        var first = await _node.Http.GetAsync("/api/v1/sessions/render-bounds/render?seconds=600&format=wav", HttpCompletionOption.ResponseHeadersRead);
        HttpResponseMessage second;
        try
        {
            // Only the status: reading the body would let the render run to its end.
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            second = await _node.Http.GetAsync("/api/v1/sessions/render-bounds/render?bars=1&format=json");
        }
        finally
        {
            first.Dispose();
        }

        using (second)
        {
            Assert.Equal((HttpStatusCode.TooManyRequests, "too-many-renders"), (second.StatusCode, await CodeOf(second)));
            Assert.NotNull(second.Headers.RetryAfter);
        }

        // The slot is freed once the node sees the client gone; until then the answer stays 429.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpStatusCode status;
        do
        {
            using var third = await _node.Http.GetAsync("/api/v1/sessions/render-bounds/render?bars=1&format=json");
            status = third.StatusCode;
        }
        while (status == HttpStatusCode.TooManyRequests && DateTime.UtcNow < deadline && await Pause());

        Assert.Equal(HttpStatusCode.OK, status);
    }

    private static async Task<bool> Pause()
    {
        await Task.Delay(50);
        return true;
    }
}
