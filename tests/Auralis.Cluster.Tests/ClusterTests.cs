using System.Diagnostics;
using System.Net;
using Auralis.Cluster.Tests.Support;
using Xunit.Abstractions;

namespace Auralis.Cluster.Tests;

public sealed class ClusterTests(ITestOutputHelper output)
{
    [PostgresFact]
    public async Task Sessions_spread_over_three_nodes_and_a_client_on_one_node_hears_a_session_on_another()
    {
        await using var cluster = await TestCluster.StartAsync();
        var a = cluster.Nodes[0];
        var homes = new Dictionary<string, string>();
        for (var i = 0; i < 9; i++)
        {
            homes[$"spread-{i}"] = await TestCluster.CreateAsync(a, $"spread-{i}", new { intensity = 0.8 });
        }

        output.WriteLine(string.Join(Environment.NewLine, homes.Select(h => $"{h.Key} lives on {h.Value}")));
        Assert.True(homes.Values.Distinct().Count() >= 2, "The sessions all landed on one node.");
        var far = homes.First(h => h.Value != a.Address);

        var heard = await TestCluster.ListenAsync(a, far.Key, 50, TimeSpan.FromSeconds(30));

        Assert.NotNull(heard);
        var fromB = await TestCluster.ListenAsync(cluster.NodeAt(far.Value), far.Key, 5, TimeSpan.FromSeconds(30));
        Assert.NotNull(fromB);

        // Deleted, a remembered session is stopped and stays gone, whichever node is asked.
        using var deleted = await a.Http.DeleteAsync($"/api/v1/sessions/{far.Key}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        foreach (var node in cluster.Nodes)
        {
            using var gone = await node.Http.GetAsync($"/api/v1/sessions/{far.Key}");
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }
    }

    [PostgresFact]
    public async Task A_killed_node_and_a_leaving_node_hand_their_playing_sessions_to_the_survivors_with_every_input()
    {
        await using var cluster = await TestCluster.StartAsync();
        var a = cluster.Nodes[0];
        var homes = new Dictionary<string, string>();
        for (var i = 0; i < 12 && homes.Values.Distinct().Count(h => h != a.Address) < 2; i++)
        {
            homes[$"move-{i}"] = await TestCluster.CreateAsync(a, $"move-{i}");
        }

        var doomed = homes.First(h => h.Value == cluster.Nodes[1].Address).Key;
        var leaving = homes.First(h => h.Value == cluster.Nodes[2].Address).Key;
        using (var steer = await a.Http.PatchAsync($"/api/v1/sessions/{doomed}", Json("""{"bpm": 123, "key": "Bb"}""")))
        {
            Assert.Equal(HttpStatusCode.OK, steer.StatusCode);
        }

        var killed = Stopwatch.StartNew();
        await cluster.Nodes[1].KillAsync();
        var killGap = await TestCluster.TimeUntilHeardAsync(a, doomed, killed, TimeSpan.FromSeconds(90));
        var state = await a.SessionAsync(doomed);
        Assert.NotNull(state);
        Assert.Equal(123, state.Value.GetProperty("parameters").GetProperty("bpm").GetDouble());
        Assert.Equal("Bb", state.Value.GetProperty("parameters").GetProperty("key").GetString());
        Assert.NotEqual(cluster.Nodes[1].Address, state.Value.GetProperty("node").GetString());
        var history = await a.GetAsync<System.Text.Json.JsonElement>($"/api/v1/sessions/{doomed}/events");
        Assert.Contains(history.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "session-resumed.v1");

        var left = Stopwatch.StartNew();
        await cluster.Nodes[2].LeaveAsync(TimeSpan.FromSeconds(60));
        var leaveGap = await TestCluster.TimeUntilHeardAsync(a, leaving, left, TimeSpan.FromSeconds(90));
        var moved = await a.SessionAsync(leaving);
        Assert.Equal(a.Address, moved?.GetProperty("node").GetString());

        output.WriteLine($"kill -9 to the session heard again on a survivor: {killGap.TotalSeconds:0.0} s");
        output.WriteLine($"graceful leave (SIGTERM) to the session heard again: {leaveGap.TotalSeconds:0.0} s");
        Console.WriteLine($"fail-over gap {killGap.TotalSeconds:0.0} s; hand-off gap {leaveGap.TotalSeconds:0.0} s");
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
