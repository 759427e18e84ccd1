using System.Diagnostics;
using System.Net.Http.Json;
using Auralis.Cluster.Tests.Support;
using Auralis.Testing;
using Xunit.Abstractions;

namespace Auralis.Cluster.Tests;

/// <summary>At most one incarnation of a session writes its journal, through a freeze and a kill of its node.</summary>
public sealed class SingleWriterTests(ITestOutputHelper output)
{
    private static readonly TimeSpan MoveLimit = TimeSpan.FromSeconds(90);

    [PostgresFact]
    public async Task A_node_frozen_until_its_session_moved_writes_nothing_once_thawed_and_every_acknowledged_input_is_applied_once()
    {
        await using var cluster = await TestCluster.StartAsync();
        var (session, frozen) = await SessionAwayFromFirstNodeAsync(cluster, "frozen");
        var survivors = cluster.Nodes.Where(n => n != frozen).ToArray();
        await using var inputs = new RenameInputs(session, () => [.. survivors.Select(n => n.Http)], "in", TimeSpan.FromMilliseconds(200), retry: false);
        inputs.Start();
        await Task.Delay(TimeSpan.FromSeconds(2));

        await frozen.FreezeAsync();
        var frozenAt = Stopwatch.StartNew();
        // A request to the frozen node waits in its socket and reaches the node's stale copy of the session when it thaws.
        var late = SendLateAsync(frozen, session);
        var newHome = await HomeElsewhereAsync(cluster.Nodes[0], session, frozen.Address);
        output.WriteLine($"frozen; the session answered from {newHome} after {frozenAt.Elapsed.TotalSeconds:0.0} s");
        await Task.Delay(TimeSpan.FromSeconds(3));

        await frozen.ThawAsync();
        // Thawed, the node learns that it was downed and quarantined, and its remembered shards try to start the session.
        await Task.Delay(TimeSpan.FromSeconds(15));
        var lateAcknowledged = await late;
        await inputs.StopAsync();

        var rows = await SessionJournal.ReadAsync(cluster.Journal, session);
        var frozenWriter = rows[0].Writer;
        var afterMove = rows.SkipWhile(r => r.Writer == frozenWriter).ToArray();
        output.WriteLine($"{rows.Count} events, {afterMove.Length} after the move by {string.Join(", ", afterMove.Select(r => r.Writer).Distinct())}; "
            + $"{inputs.Acknowledged.Count} inputs acknowledged; the input sent to the frozen node acknowledged: {lateAcknowledged}");
        Assert.NotEmpty(afterMove);
        Assert.Single(afterMove.Select(r => r.Writer).Distinct());
        Assert.Equal(0, SessionJournal.SupersededWrites(rows));
        Assert.NotEmpty(inputs.Acknowledged);
        Assert.All(inputs.Acknowledged, name => Assert.Equal(1, SessionJournal.Carrying(rows, name)));
        Assert.Equal(lateAcknowledged ? 1 : 0, SessionJournal.Carrying(rows, LateName));
        Assert.Equal(newHome, (await cluster.Nodes[0].SessionAsync(session))?.GetProperty("node").GetString());
    }

    [PostgresFact]
    public async Task A_killed_node_leaves_every_acknowledged_input_applied_exactly_once()
    {
        await using var cluster = await TestCluster.StartAsync();
        var (session, home) = await SessionAwayFromFirstNodeAsync(cluster, "killed");
        var killed = false;
        await using var inputs = new RenameInputs(session, () => [.. cluster.Nodes.Where(n => !killed || n != home).Select(n => n.Http)], "in",
            TimeSpan.FromMilliseconds(100), retry: false);
        inputs.Start();
        await Task.Delay(TimeSpan.FromSeconds(2));

        var since = Stopwatch.StartNew();
        await home.KillAsync();
        killed = true;
        var gap = await AudioProbe.UntilHeardAsync(() => cluster.Nodes[0].TcpPort, session, since, MoveLimit, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(250));
        await Task.Delay(TimeSpan.FromSeconds(2));
        await inputs.StopAsync();

        var rows = await SessionJournal.ReadAsync(cluster.Journal, session);
        output.WriteLine($"heard again {gap.TotalSeconds:0.0} s after the kill; {inputs.Acknowledged.Count} inputs acknowledged, "
            + $"{inputs.Unacknowledged} not; {rows.Count} events by {rows.Select(r => r.Writer).Distinct().Count()} incarnations");
        Assert.True(inputs.Acknowledged.Count >= 10, $"Only {inputs.Acknowledged.Count} inputs were acknowledged.");
        Assert.All(inputs.Acknowledged, name => Assert.Equal(1, SessionJournal.Carrying(rows, name)));
        Assert.Equal(0, SessionJournal.SupersededWrites(rows));
        var state = await cluster.Nodes[0].SessionAsync(session);
        Assert.NotEqual(home.Address, state?.GetProperty("node").GetString());
    }

    private const string LateName = "sent-while-frozen";

    // A session created through the first node that lives on another one, so the first node stays free to ask through.
    private static async Task<(string Session, NodeProcess Home)> SessionAwayFromFirstNodeAsync(TestCluster cluster, string prefix)
    {
        for (var i = 0; i < 12; i++)
        {
            var home = await TestCluster.CreateAsync(cluster.Nodes[0], $"{prefix}-{i}", new { intensity = 0.7 });
            if (home != cluster.Nodes[0].Address)
            {
                return ($"{prefix}-{i}", cluster.NodeAt(home));
            }
        }

        throw new InvalidOperationException("Every session landed on the first node.");
    }

    private static async Task<bool> SendLateAsync(NodeProcess node, string session)
    {
        try
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            using var answer = await node.Http.PatchAsJsonAsync($"/api/v1/sessions/{session}", new { name = LateName }, cancel.Token);
            return answer.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<string> HomeElsewhereAsync(NodeProcess via, string session, string away)
    {
        var since = Stopwatch.StartNew();
        while (since.Elapsed < MoveLimit)
        {
            if ((await via.SessionAsync(session))?.GetProperty("node").GetString() is { } home && home != away)
            {
                return home;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Session {session} did not move away from {away} within {MoveLimit}.");
    }
}
