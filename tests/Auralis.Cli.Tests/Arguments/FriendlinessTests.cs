using System.Net;
using System.Net.Sockets;
using Auralis.Cli.Arguments;
using Auralis.Cli.Replay;

namespace Auralis.Cli.Tests.Arguments;

public sealed class FriendlinessTests
{
    [Fact]
    public async Task Version_prints_the_builds_version()
    {
        var run = await CliRun.RunAsync("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^auralis \d+\.\d+\.\d+", run.Out);
    }

    [Theory]
    [InlineData("sesions", "sessions")]
    [InlineData("conect", "connect")]
    [InlineData("replya", "replay")]
    public async Task A_mistyped_command_gets_a_suggestion(string typed, string meant)
    {
        var run = await CliRun.RunAsync(typed);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"did you mean '{meant}'?", run.Error);
    }

    [Fact]
    public async Task A_mistyped_option_gets_a_suggestion()
    {
        var run = await CliRun.RunAsync("connect", "demo", "--recrod", "take.wav");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown option '--recrod' (did you mean '--record'?)", run.Error);
    }

    [Fact]
    public async Task A_mistyped_parameter_is_refused_before_connecting_with_a_suggestion_and_the_list()
    {
        // Nothing listens on this port: the refusal must come before any attempt to connect.
        var run = await CliRun.RunAsync("connect", "demo", "--tcp", $"127.0.0.1:{ClosedPort()}", "--set", "bmp=120");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("there is no parameter 'bmp' (did you mean 'bpm'?)", run.Error);
        Assert.Contains("the parameters are", run.Error);
        Assert.Contains("intensity", run.Error);
        Assert.DoesNotContain("cannot reach", run.Error);
    }

    [Fact]
    public async Task A_node_that_is_not_running_gets_the_command_that_starts_one()
    {
        var sessions = await CliRun.RunAsync("sessions", "--url", $"http://127.0.0.1:{ClosedPort()}");
        var connect = await CliRun.RunAsync("connect", "demo", "--tcp", $"127.0.0.1:{ClosedPort()}");

        Assert.Equal(1, sessions.ExitCode);
        Assert.Equal(1, connect.ExitCode);
        Assert.Contains("is the node running? Start one with: dotnet run --project src/Auralis.Node", sessions.Error);
        Assert.Contains("is the node running? Start one with: dotnet run --project src/Auralis.Node", connect.Error);
    }

    [Theory]
    [InlineData(10, 0.5, "  ETA 0:10")]
    [InlineData(30, 0.25, "  ETA 1:30")]
    [InlineData(1, 0.001, "")]
    [InlineData(5, 1.0, "")]
    public void The_progress_bar_estimates_the_time_left_at_the_pace_so_far(double seconds, double fraction, string expected)
    {
        Assert.Equal(expected, ProgressBar.Eta(TimeSpan.FromSeconds(seconds), fraction));
    }

    [Theory]
    [InlineData("bmp", "bpm", 1)]
    [InlineData("sesions", "sessions", 1)]
    [InlineData("recrod", "record", 1)]
    [InlineData("abc", "abc", 0)]
    public void Distance_counts_edits_and_swaps(string a, string b, int distance)
    {
        Assert.Equal(distance, Suggestions.Distance(a, b));
    }

    [Fact]
    public void Nothing_is_suggested_when_nothing_is_near()
    {
        Assert.Null(Suggestions.Nearest("dance", ["connect", "sessions", "replay", "cluster"]));
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
