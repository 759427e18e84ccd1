using Auralis.Node.Configuration;
using Auralis.Testing;

namespace Auralis.Node.Tests.Startup;

public sealed class FirstRunTests
{
    private static string[] Ports(string data) =>
    [
        "--http", $"http://127.0.0.1:{FreePort.Next()}", "--tcp", FreePort.Next().ToString(), "--akka-port", FreePort.Next().ToString(),
        "--osc-udp", FreePort.NextUdp().ToString(), "--data", data,
    ];

    [Fact]
    public async Task A_new_node_says_where_to_listen_and_nothing_of_akkas_start_up()
    {
        var data = Path.Combine(Path.GetTempPath(), "auralis-first-" + Guid.NewGuid().ToString("N"));
        var args = Ports(data);
        await using var node = NodeRun.Start(args);

        var listening = await node.LineAsync(l => l.StartsWith("Listening:", StringComparison.Ordinal), TimeSpan.FromSeconds(120));

        Assert.Equal($"Listening: {args[1]}/#/sessions/demo", listening);
        await node.LineAsync(l => l.Contains("press Play", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains(node.Output, l => l.Contains($"TCP protocol: 127.0.0.1:{args[3]}", StringComparison.Ordinal) && l.Contains($"OSC/UDP: 127.0.0.1:{args[7]}", StringComparison.Ordinal));
        using var http = new HttpClient { BaseAddress = new Uri(args[1]) };
        await WaitForDemoAsync(http);
        var log = string.Join('\n', node.Output.Concat(node.Errors));
        Assert.False(node.Output.Concat(node.Errors).Any(l => l.Contains("[INFO]", StringComparison.Ordinal) || l.StartsWith("info:", StringComparison.Ordinal)), log);
        Assert.False(node.Output.Concat(node.Errors).Any(IsError), log);
        // A loaded machine may add Akka's own warnings (a late heartbeat, a shard home not yet known): they say something
        // a user may need; what must not come back is the start-up's chatter.
        var said = node.Output.Concat(node.Errors).Where(l => !l.Contains("[WARNING]", StringComparison.Ordinal)).ToList();
        Assert.True(said.Count <= 6, string.Join('\n', node.Output.Concat(node.Errors)));
    }

    [Fact]
    public async Task A_node_started_again_on_its_data_folder_logs_no_error()
    {
        var data = Path.Combine(Path.GetTempPath(), "auralis-again-" + Guid.NewGuid().ToString("N"));
        var first = Ports(data);
        await using (var node = NodeRun.Start(first))
        {
            await node.LineAsync(l => l.StartsWith("Listening:", StringComparison.Ordinal), TimeSpan.FromSeconds(120));
            using var http = new HttpClient { BaseAddress = new Uri(first[1]) };
            await WaitForDemoAsync(http);
            Assert.Equal(0, await node.StopAsync(TimeSpan.FromSeconds(60)));
        }

        // The second start finds the journal, the remembered demo session and its shard: the coordinator's ERROR came here.
        var second = Ports(data);
        await using var again = NodeRun.Start(second);
        await again.LineAsync(l => l.StartsWith("Listening:", StringComparison.Ordinal), TimeSpan.FromSeconds(120));
        using var client = new HttpClient { BaseAddress = new Uri(second[1]) };
        await WaitForDemoAsync(client);

        var log = again.Output.Concat(again.Errors).ToList();
        Assert.False(log.Any(IsError), string.Join('\n', log));
        Directory.Delete(data, recursive: true);
    }

    // An error line, save one: Akka's shard coordinator logs an ERROR, and tries again, when its first write to the journal
    // (remembering the demo's shard) outlasts updating-state-timeout (15 s, hocon/cluster.conf). A node started on two
    // cores beside the rest of the suite has taken that long (CI, 7 December: the second start, while the agent tests
    // analysed samples in the test host). It is a slow write, not a failed one; the demo still comes back, which the tests
    // require, and any other error fails them.
    private static bool IsError(string line) =>
        (line.Contains("ERROR", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal))
        && !(line.Contains("unable to update remembered shard", StringComparison.Ordinal) && line.Contains(", retrying", StringComparison.Ordinal));

    private const string CoordinatorError = "fail: Akka.Actor.ActorSystem[0] [ERROR][…][…/sharding/sessionCoordinator/singleton/coordinator] session: ";

    [Theory]
    [InlineData(CoordinatorError + "The ShardCoordinator was unable to update remembered shard [5] within 'updating-state-timeout': 00:00:15 millis, retrying", false)]
    [InlineData(CoordinatorError + "The ShardCoordinator was unable to update remembered shard [5] within 'updating-state-timeout': 00:00:15 millis, terminating", true)]
    [InlineData(CoordinatorError + "The ShardCoordinator stopping because the remember entities store stopped", true)]
    [InlineData("warn: Akka.Actor.ActorSystem[0] [WARNING][…][…/system/sharding/session] session: Requested shard homes [5] from coordinator", false)]
    public void Only_the_coordinator_s_slow_write_retry_is_forgiven_of_the_error_lines(string line, bool error) => Assert.Equal(error, IsError(line));

    [Fact]
    public async Task Verbose_brings_the_start_up_log_back()
    {
        var data = Path.Combine(Path.GetTempPath(), "auralis-first-" + Guid.NewGuid().ToString("N"));
        await using var node = NodeRun.Start([.. Ports(data), "--no-demo", "--verbose"]);

        await node.LineAsync(l => l.StartsWith("Listening:", StringComparison.Ordinal), TimeSpan.FromSeconds(120));

        Assert.Contains(node.Output, l => l.Contains("Remoting started", StringComparison.Ordinal));
        Assert.Contains(node.Output, l => l.StartsWith("info:", StringComparison.Ordinal) && l.Contains("Journal:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--log-level", "Debug", "Debug")]
    [InlineData("--log-level", "error", "Error")]
    [InlineData("--verbose", null, "Information")]
    public void The_log_level_comes_from_the_command_line(string option, string? value, string expected)
    {
        var values = NodeArguments.Parse(value is null ? [option] : [option, value]);

        Assert.Equal(expected, values[NodeArguments.LogLevelKey]);
    }

    [Fact]
    public void An_unknown_log_level_is_refused_with_the_levels()
    {
        var error = Assert.Throws<FormatException>(() => NodeArguments.Parse(["--log-level", "loud"]));

        Assert.Contains("Warning", error.Message);
    }

    private static async Task WaitForDemoAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var answer = await http.GetAsync("/api/v1/sessions/demo");
            if (answer.IsSuccessStatusCode && (await answer.Content.ReadAsStringAsync()).Contains("\"playing\":true", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail("The demo session never played.");
    }
}
