using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Auralis.Cluster.Tests.Support;
using Auralis.Protocol.Messages;
using Auralis.Testing;
using Xunit.Abstractions;

namespace Auralis.Cluster.Tests;

/// <summary>
/// Issue 19, items 3 and 4 on real node processes: a listener on a surviving node keeps its socket while its session
/// moves (after kill -9 of its home, and when its home leaves), and hears it again after a gap its frame indexes show;
/// an input retried with its idempotency key after its node died is answered, not applied twice.
/// </summary>
public sealed class SessionMoveTests(ITestOutputHelper output)
{
    private static readonly TimeSpan FailOver = TimeSpan.FromSeconds(120);

    [PostgresFact]
    public async Task A_listener_on_a_survivor_keeps_its_socket_through_a_kill_and_a_leave_and_a_retried_input_applies_once()
    {
        await using var cluster = await TestCluster.StartAsync();
        var a = cluster.Nodes[0];
        var homes = new Dictionary<string, string>();
        for (var i = 0; i < 16 && !(homes.ContainsValue(cluster.Nodes[1].Address) && homes.ContainsValue(cluster.Nodes[2].Address)); i++)
        {
            homes[$"follow-{i}"] = await TestCluster.CreateAsync(a, $"follow-{i}");
        }

        var doomed = homes.First(h => h.Value == cluster.Nodes[1].Address).Key;
        var leaving = homes.First(h => h.Value == cluster.Nodes[2].Address).Key;
        await using var onDoomed = await FollowingListener.ConnectAsync(a, doomed);
        await using var onLeaving = await FollowingListener.ConnectAsync(a, leaving);
        Assert.True(await onDoomed.WaitUntilAsync(h => h.Count(x => x.IsAudio) >= 10, TimeSpan.FromSeconds(30)), onDoomed.Ended ?? "no audio");
        Assert.True(await onLeaving.WaitUntilAsync(h => h.Count(x => x.IsAudio) >= 10, TimeSpan.FromSeconds(30)), onLeaving.Ended ?? "no audio");

        var (status, first) = await PatchAsync(a, doomed, "retry-bpm-131", """{"bpm": 131}""");
        Assert.Equal(HttpStatusCode.OK, status);

        var killed = Stopwatch.StartNew();
        await cluster.Nodes[1].KillAsync();
        var gap = await FollowedAsync(onDoomed, "kill -9", killed);

        // The client did not hear the first answer, say: it retries under the same key, on a survivor.
        var (retryStatus, retry) = await PatchAsync(a, doomed, "retry-bpm-131", """{"bpm": 131}""");
        Assert.Equal(HttpStatusCode.OK, retryStatus);
        Assert.Equal(first.GetProperty("atTick").GetInt64(), retry.GetProperty("atTick").GetInt64());
        var history = await a.GetAsync<JsonElement>($"/api/v1/sessions/{doomed}/events");
        Assert.Single(history.GetProperty("events").EnumerateArray(),
            e => e.GetProperty("event").TryGetProperty("requestId", out var key) && key.GetString() == "retry-bpm-131");

        var left = Stopwatch.StartNew();
        await cluster.Nodes[2].LeaveAsync(TimeSpan.FromSeconds(60));
        var handOff = await FollowedAsync(onLeaving, "graceful leave", left);

        output.WriteLine($"kill -9: audio again on the survivor's listener after {gap.Wall.TotalSeconds:0.0} s, frame {gap.Before} -> {gap.After}");
        output.WriteLine($"leave: audio again after {handOff.Wall.TotalSeconds:0.0} s, frame {handOff.Before} -> {handOff.After}");
    }

    // Waits until the listener is told the session moved and hears audio from its new home; the socket must stay open
    // throughout, and the first chunk after `moved` must not follow on from the last one before it.
    private async Task<(TimeSpan Wall, long Before, long After)> FollowedAsync(FollowingListener listener, string what, Stopwatch since)
    {
        var followed = await listener.WaitUntilAsync(h => AfterMove(h).Count(x => x.IsAudio) >= 10, FailOver);
        var heard = listener.Heard;
        output.WriteLine($"{what}: {string.Join(", ", heard.Where(h => !h.IsAudio && h.Message is not ServerMessages.Stats and not ServerMessages.Note).Select(h => h.Message!.Type).TakeLast(12))}");
        Assert.Null(listener.Ended);
        Assert.True(followed, $"{what}: the listener heard no audio from the session's new home within {FailOver}.");
        var moved = heard.ToList().FindIndex(h => h.Message is ServerMessages.Moved);
        var before = heard.Take(moved).Last(h => h.IsAudio);
        var after = heard.Skip(moved).First(h => h.IsAudio);
        // Audio resumes where `moved` says, or later when a busy machine drops the new feed's first blocks as it drops
        // any block a listener falls behind on: frame indexes tell the listener either way.
        var resumesAt = ((ServerMessages.Moved)heard[moved].Message!).Frame;
        Assert.True(after.Frame >= resumesAt, $"{what}: audio at frame {after.Frame}, before the frame {resumesAt} that `moved` announced");
        Assert.NotEqual(before.Frame + before.Frames, after.Frame);
        Assert.DoesNotContain(heard, h => h.Message is ServerMessages.Closing);
        return (since.Elapsed, before.Frame + before.Frames, after.Frame);
    }

    private static IEnumerable<Heard> AfterMove(IReadOnlyList<Heard> heard) => heard.SkipWhile(h => h.Message is not ServerMessages.Moved);

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PatchAsync(NodeProcess node, string session, string key, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/sessions/{session}")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        using var answer = await node.Http.SendAsync(request);
        return (answer.StatusCode, JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
