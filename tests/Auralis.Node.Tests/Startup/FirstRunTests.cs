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
        Assert.False(node.Output.Concat(node.Errors).Any(l => l.Contains("ERROR", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal)), log);
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
        Assert.False(log.Any(l => l.Contains("ERROR", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal)), string.Join('\n', log));
        Directory.Delete(data, recursive: true);
    }

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
