using Auralis.Audio.Analysis;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;

namespace Auralis.Engine.Tests.Replay;

public sealed class SoundFontReplayTests : IDisposable
{
    private const int Rate = 48_000;
    private readonly SampleFiles _files = new();

    public void Dispose() => _files.Dispose();

    // The soprano alone on an SFZ organ (the other voices faded out, no reverb or delay), so each long note can be heard.
    private SessionScript OrganSoprano()
    {
        var tone = _files.LoopableA440();
        var organ = _files.Organ();
        return new SessionScript(17,
                ("soprano.instrument", ParameterValue.Of("soundfont")), ("soprano.soundfont", ParameterValue.Of("organ")),
                ("alto.gain", ParameterValue.Of(0)), ("bass.gain", ParameterValue.Of(0)), ("perc.gain", ParameterValue.Of(0)),
                ("reverb", ParameterValue.Of(0)), ("delay", ParameterValue.Of(0)))
            .Sample("a440", tone.Path, tone.Sha256)
            .Sample("organ", organ.Path, organ.Sha256);
    }

    [Fact]
    public void A_soundfont_voice_plays_every_long_note_at_its_pitch_within_5_cents()
    {
        var capture = new AudioCapture();
        var result = SessionReplayer.Replay(OrganSoprano().Events, new ReplayLength(Seconds: 40), capture);
        var left = capture.Samples.Where((_, i) => i % 2 == 0).ToArray();
        var detector = new YinPitchDetector(Rate);
        var soprano = result.Notes.Where(n => n.Voice == "soprano").OrderBy(n => n.Frame).ToArray();

        // A note is heard 50 ms in, once its attack is over, where no other soprano note sounds but the tail of one that
        // ended at least 25 ms before (the organ's release falls 100 dB in 0.1 s, so that tail is 25 dB down).
        var heard = new List<(int Pitch, double Cents)>();
        for (var i = 0; i < soprano.Length; i++)
        {
            var from = soprano[i].Frame + 2_400;
            var to = from + detector.FrameLength;
            var alone = soprano.All(other => other == soprano[i] || other.Frame >= to || other.Frame + other.DurationFrames + (Rate / 40) <= from);
            if (soprano[i].DurationFrames >= to - soprano[i].Frame && alone && to <= left.Length)
            {
                var estimate = detector.Detect(left.AsSpan((int)from, detector.FrameLength));
                var pitch = soprano[i].Note.Pitch.MidiNumber;
                heard.Add((pitch, estimate.IsVoiced ? NoteReading.CentsBetween(440 * Math.Pow(2, (pitch - 69) / 12.0), estimate.Hertz) : double.NaN));
            }
        }

        Assert.True(heard.Count >= 10, $"only {heard.Count} of {soprano.Length} soprano notes could be heard alone");
        Assert.All(heard, note => Assert.True(Math.Abs(note.Cents) <= 5, $"pitch {note.Pitch}: {note.Cents:0.0} cents off"));
    }

    [Fact]
    public void Replaying_a_soundfont_session_twice_gives_the_same_samples()
    {
        var script = OrganSoprano().Set(4, "alto.gain", ParameterValue.Of(0.7));
        var first = new AudioCapture();
        var second = new AudioCapture();
        SessionReplayer.Replay(script.Events, new ReplayLength(Seconds: 6), first);
        SessionReplayer.Replay(script.Events, new ReplayLength(Seconds: 6), second);

        Assert.Equal(first.Samples.Select(BitConverter.SingleToInt32Bits), second.Samples.Select(BitConverter.SingleToInt32Bits));
        Assert.Contains(first.Samples, s => Math.Abs(s) > 0.01f);
    }
}
