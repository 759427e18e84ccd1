using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;

namespace Auralis.Engine.Tests.Replay;

public sealed class LibrarySampleReplayTests : IDisposable
{
    private const long ChangeStep = 8;
    private readonly SampleFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (float[] Audio, long ChangeFrame) Replay(SessionScript script)
    {
        var capture = new AudioCapture();
        var result = SessionReplayer.Replay(script.Events, new ReplayLength(Seconds: 8), capture);
        return ([.. capture.Samples], result.Steps.First(s => s.Span.Step == ChangeStep).Span.FirstFrame);
    }

    private SessionScript Script(string voice, string instrument, (string Path, string Sha) tone) =>
        new SessionScript(9, ($"{voice}.instrument", ParameterValue.Of(instrument))).Sample("tone", tone.Path, tone.Sha);

    [Theory]
    [InlineData("soprano", "sampler", "soprano.sample")]
    [InlineData("perc", "drums", "kit.kick")]
    [InlineData("perc", "drums", "kit.hat")]
    public void A_library_sample_sounds_from_the_step_its_parameter_applies_at_and_not_a_frame_before(string voice, string instrument, string parameter)
    {
        var tone = _files.Tone("tone", 880, seconds: 0.3);
        var (plain, changeFrame) = Replay(Script(voice, instrument, tone));

        var (sampled, _) = Replay(Script(voice, instrument, tone).Set(ChangeStep, parameter, ParameterValue.Of("tone")));

        Assert.Equal(plain.Length, sampled.Length);
        Assert.Equal(plain.AsSpan(0, (int)changeFrame * 2).ToArray(), sampled.AsSpan(0, (int)changeFrame * 2).ToArray());
        Assert.False(plain.AsSpan((int)changeFrame * 2).SequenceEqual(sampled.AsSpan((int)changeFrame * 2)), "the sample never sounded");
    }

    [Fact]
    public void A_replay_reads_the_same_bytes_every_time_and_a_missing_file_leaves_the_built_in_sound()
    {
        var tone = _files.Tone("tone", 660, seconds: 0.3);
        var script = Script("soprano", "sampler", tone).Set(ChangeStep, "soprano.sample", ParameterValue.Of("tone"));
        var (first, _) = Replay(script);
        var (second, _) = Replay(script);
        // A change of sample builds the voice's instrument anew at its step, as a change of instrument does.
        var (rebuiltPlain, _) = Replay(Script("soprano", "sampler", tone).Set(ChangeStep, "soprano.instrument", ParameterValue.Of("sampler")));

        File.Delete(tone.Path);
        var (withoutFile, _) = Replay(script);

        Assert.Equal(first, second);
        Assert.Equal(rebuiltPlain, withoutFile);
        Assert.NotEqual(first, withoutFile);
    }
}
