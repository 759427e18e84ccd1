namespace Auralis.Cli.Tests.Arguments;

public sealed class CliAppTests
{
    [Fact]
    public async Task Help_prints_every_command_and_exits_0()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("connect", run.Out);
        Assert.Contains("sessions", run.Out);
        Assert.Contains("replay", run.Out);
    }

    [Theory]
    [InlineData("connect", "--tcp HOST:PORT")]
    [InlineData("sessions", "--url URL")]
    [InlineData("replay", "--out FILE.wav")]
    public async Task Help_for_a_command_prints_its_usage(string command, string option)
    {
        var viaHelp = await CliRun.RunAsync("help", command);
        var viaFlag = await CliRun.RunAsync(command, "--help");

        Assert.Equal(0, viaHelp.ExitCode);
        Assert.Contains(option, viaHelp.Out);
        Assert.Equal(viaHelp.Out, viaFlag.Out);
    }

    [Fact]
    public async Task No_command_or_an_unknown_one_is_a_usage_error()
    {
        var none = await CliRun.RunAsync();
        var unknown = await CliRun.RunAsync("dance");
        var unknownHelp = await CliRun.RunAsync("help", "dance");

        Assert.Equal(2, none.ExitCode);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal(2, unknownHelp.ExitCode);
        Assert.StartsWith("auralis: unknown command 'dance'", unknown.Error);
    }

    [Theory]
    [InlineData("replay", "demo", "--out", "a.wav", "--bars", "2", "--seconds", "3")]
    [InlineData("replay", "demo", "--out", "a.wav", "--data", "d", "--journal", "sqlite:x.db")]
    [InlineData("replay", "demo")]
    [InlineData("replay", "--out", "a.wav")]
    [InlineData("replay", "Not A Session", "--out", "a.wav")]
    [InlineData("replay", "demo", "--out", "a.wav", "--format", "mp3")]
    [InlineData("replay", "demo", "--out", "a.wav", "--journal", "mysql:x")]
    [InlineData("replay", "demo", "--out", "a.wav", "--bars", "1.5")]
    [InlineData("replay", "demo", "--out", "a.wav", "--from-frame", "960")]
    [InlineData("replay", "demo", "--out", "a.wav", "--from-frame", "-1", "--frames", "10")]
    [InlineData("replay", "demo", "--out", "a.wav", "--frames", "10", "--seconds", "2")]
    [InlineData("replay", "demo", "--midi", "a.mid", "--from-frame", "0", "--frames", "10")]
    [InlineData("replay", "demo", "--midi", "a.mid", "--format", "pcm16")]
    [InlineData("replay", "demo", "--out", "take", "--midi", "take")]
    [InlineData("connect", "demo", "--no-play=yes")]
    [InlineData("connect", "demo", "--tcp", "localhost")]
    [InlineData("connect", "demo", "--tcp", "h:1", "--url", "http://h:2")]
    [InlineData("connect", "demo", "--url", "ftp://h")]
    [InlineData("connect", "demo", "--set", "bpm")]
    [InlineData("connect", "demo", "--record", "a.wav", "--audio", "none")]
    [InlineData("connect", "demo", "--audio", "mp3")]
    [InlineData("connect", "demo", "--seconds", "0")]
    [InlineData("connect")]
    [InlineData("connect", "a", "b")]
    [InlineData("sessions", "extra")]
    [InlineData("sessions", "--url", "nowhere")]
    [InlineData("sessions", "--verbose")]
    public async Task Bad_usage_prints_the_reason_and_the_usage_and_exits_2(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"auralis {args[0]}: ", run.Error);
        Assert.Contains($"usage: auralis {args[0]}", run.Error);
        Assert.Empty(run.Out);
    }
}
