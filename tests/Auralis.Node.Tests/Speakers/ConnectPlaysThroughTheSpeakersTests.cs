using Auralis.Node.Tests.Support;

namespace Auralis.Node.Tests.Speakers;

/// <summary><c>auralis connect</c> plays a live session on the default output device, and says so when there is none.</summary>
[Collection(OpenNodeCollection.Name)]
public sealed class ConnectPlaysThroughTheSpeakersTests(NodeFixture fixture)
{
    [PulseAudioFact]
    public async Task Auralis_connect_plays_the_session_into_the_default_PulseAudio_sink()
    {
        await fixture.Node.CreateSessionAsync("speakers", new { intensity = 0.85 });
        await using var pulse = await PrivatePulseAudio.StartAsync();
        var recording = pulse.Record();

        var run = await CliProcess.RunAsync(pulse.Into, "connect", "speakers", "--tcp", $"127.0.0.1:{fixture.Node.TcpPort}", "--seconds", "3");
        var heard = await recording.StopAsync();

        Assert.True(run.ExitCode == 0, $"connect failed ({run.ExitCode}): {run.Error}");
        Assert.Contains("playing through pacat (PulseAudio)", run.Error);
        Assert.DoesNotContain("no sound", run.Error);
        // Three seconds were played; the monitor must have carried well over one second of audible frames (-46 dBFS and up).
        var audibleFrames = Enumerable.Range(0, heard.Length / 2).Count(f => Math.Max(Math.Abs(heard[2 * f]), Math.Abs(heard[(2 * f) + 1])) > 0.005f);
        Assert.True(audibleFrames > 48_000, $"{audibleFrames} audible frames of {heard.Length / 2} recorded from the sink's monitor");
    }

    [Fact]
    public async Task Without_a_sound_server_connect_says_so_and_shows_the_events()
    {
        await fixture.Node.CreateSessionAsync("no-speakers", new { intensity = 0.85 });

        var run = await CliProcess.RunAsync(start => start.Environment["PULSE_SERVER"] = "unix:/nonexistent/auralis/native",
            "connect", "no-speakers", "--tcp", $"127.0.0.1:{fixture.Node.TcpPort}", "--seconds", "2");

        Assert.True(run.ExitCode == 0, $"connect failed ({run.ExitCode}): {run.Error}");
        Assert.Contains("no sound: ", run.Error);
        Assert.Contains("showing the events only", run.Error);
        Assert.Contains("welcome session=no-speakers", run.Out);
        Assert.Contains("\nprice tick=", run.Out);
    }

    [Fact]
    public async Task No_play_connects_without_starting_a_player()
    {
        await fixture.Node.CreateSessionAsync("quiet", new { intensity = 0.5 });

        var run = await CliProcess.RunAsync(start => start.Environment["PULSE_SERVER"] = "unix:/nonexistent/auralis/native",
            "connect", "quiet", "--tcp", $"127.0.0.1:{fixture.Node.TcpPort}", "--seconds", "1", "--no-play");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("playing through", run.Error);
        Assert.DoesNotContain("no sound", run.Error);
        Assert.Contains("welcome session=quiet", run.Out);
    }
}
