using System.Text.RegularExpressions;
using Auralis.Audio.Codecs;
using Auralis.Cli;
using Auralis.Node.Tests.Support;

namespace Auralis.Node.Tests.EndToEnd;

[Collection(OpenNodeCollection.Name)]
public sealed partial class RecordAndReplayTests(NodeFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("auralis-take-").FullName;

    [Theory]
    [InlineData("tcp")]
    [InlineData("ws")]
    public async Task A_recording_from_auralis_connect_equals_auralis_replay_bit_for_bit(string transport)
    {
        var id = $"take-{transport}";
        await fixture.Node.CreateSessionAsync(id, new { intensity = 0.85, bpm = 132 });
        var take = Path.Combine(_folder, $"{id}.wav");
        string[] via = transport == "tcp" ? ["--tcp", $"127.0.0.1:{fixture.Node.TcpPort}"] : ["--url", $"http://127.0.0.1:{fixture.Node.HttpPort}"];
        var connectOut = new StringWriter();
        var connectErr = new StringWriter();

        var connected = await CliApp.RunAsync(["connect", id, .. via, "--set", "key=G", "--record", take, "--seconds", "2", "--no-play"], connectOut, connectErr);

        Assert.True(connected == 0, $"connect failed ({connected}): {connectErr}");
        var recorded = RecordedPattern().Match(connectOut.ToString());
        Assert.True(recorded.Success, connectOut.ToString());
        var firstFrame = long.Parse(recorded.Groups["from"].Value);
        var live = WavReader.Read(take);
        Assert.Equal(96_000, live.Frames);
        Assert.Equal(WavSampleFormat.Float32, live.Format);

        var replayed = Path.Combine(_folder, $"{id}-replay.wav");
        var seconds = ((firstFrame + live.Frames) / 48_000.0) + 0.5;
        var replayErr = new StringWriter();
        var replay = await CliApp.RunAsync(
            ["replay", id, "--data", fixture.Node.Data, "--out", replayed, "--seconds", seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)],
            new StringWriter(), replayErr);

        Assert.True(replay == 0, $"replay failed ({replay}): {replayErr}");
        var offline = WavReader.Read(replayed);
        var slice = offline.Samples.AsSpan((int)(firstFrame * 2), live.Samples.Length).ToArray();
        Assert.Equal(live.Samples.Select(BitConverter.SingleToInt32Bits), slice.Select(BitConverter.SingleToInt32Bits));
        Assert.Contains(live.Samples, s => Math.Abs(s) > 0.01f);
    }

    [Fact]
    public async Task Replay_from_frame_and_frames_reproduces_exactly_what_connect_recorded()
    {
        const string id = "take-window";
        await fixture.Node.CreateSessionAsync(id, new { intensity = 0.85 });
        var take = Path.Combine(_folder, "take.wav");
        var connectOut = new StringWriter();
        var connectErr = new StringWriter();
        var connected = await CliApp.RunAsync(["connect", id, "--tcp", $"127.0.0.1:{fixture.Node.TcpPort}", "--record", take, "--seconds", "1", "--no-play"],
            connectOut, connectErr);
        Assert.True(connected == 0, $"connect failed ({connected}): {connectErr}");
        var recorded = RecordedPattern().Match(connectOut.ToString());
        Assert.True(recorded.Success, connectOut.ToString());

        var replayed = Path.Combine(_folder, "replayed.wav");
        var replayErr = new StringWriter();
        var replay = await CliApp.RunAsync(["replay", id, "--data", fixture.Node.Data, "--out", replayed,
            "--from-frame", recorded.Groups["from"].Value, "--frames", recorded.Groups["frames"].Value], new StringWriter(), replayErr);

        Assert.True(replay == 0, $"replay failed ({replay}): {replayErr}");
        Assert.Equal(File.ReadAllBytes(take), File.ReadAllBytes(replayed));
    }

    [Fact]
    public async Task Auralis_sessions_lists_what_the_node_holds()
    {
        await fixture.Node.CreateSessionAsync("listed", new { name = "Listed one" });
        var output = new StringWriter();

        var exit = await CliApp.RunAsync(["sessions", "--url", $"http://127.0.0.1:{fixture.Node.HttpPort}"], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("Listed one", output.ToString());
    }

    [Fact]
    public async Task Connecting_to_an_unknown_session_fails_with_a_message_and_exit_1()
    {
        var error = new StringWriter();

        var exit = await CliApp.RunAsync(["connect", "never-was", "--tcp", $"127.0.0.1:{fixture.Node.TcpPort}", "--seconds", "1"], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("never-was", error.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex(@"recorded (?<frames>\d+) frames from frame (?<from>\d+)")]
    private static partial Regex RecordedPattern();
}
