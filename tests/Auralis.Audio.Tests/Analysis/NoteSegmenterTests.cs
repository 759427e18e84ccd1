using Auralis.Audio.Analysis;
using Auralis.Music.Theory;

namespace Auralis.Audio.Tests.Analysis;

public sealed class NoteSegmenterTests
{
    private const double Hop = 0.01;

    [Fact]
    public void A_single_octave_slip_inside_a_note_does_not_split_it()
    {
        var hertz = Enumerable.Repeat(220.0, 30).ToArray();
        hertz[12] = 440;

        var note = Assert.Single(NoteSegmenter.Segment(Track(hertz)));

        Assert.Equal(220, note.MedianHertz, 9);
        Assert.Equal(29, note.Frames);
    }

    [Fact]
    public void A_semitone_step_splits_where_it_happens()
    {
        var a = Pitch.Parse("A3").Frequency;
        var bFlat = Pitch.Parse("A#3").Frequency;
        var hertz = Enumerable.Repeat(a, 20).Concat(Enumerable.Repeat(bFlat, 20)).ToArray();

        var notes = NoteSegmenter.Segment(Track(hertz));

        Assert.Equal(["A3", "A#3"], notes.Select(n => n.Reading.Name));
        Assert.Equal((20 * Hop) - (Hop / 2), notes[1].StartSeconds, 9);
    }

    [Fact]
    public void Unvoiced_and_unconfident_frames_are_gaps_and_short_runs_are_not_notes()
    {
        double[] hertz = [196, 196, 196, 196, 196, 0, 196, 0, 196, 196, 196, 196, 196];
        var track = Track(hertz, confidence: i => i == 4 ? 0.2 : 0.9);

        var notes = NoteSegmenter.Segment(track, new NoteSegmenterOptions(MinNoteSeconds: 0.035));

        Assert.Equal([4, 5], notes.Select(n => n.Frames));
    }

    [Fact]
    public void Options_that_cannot_work_are_refused()
    {
        Assert.Throws<ArgumentException>(() => NoteSegmenter.Segment(Track([220]), new NoteSegmenterOptions(MinConfidence: 2)));
        Assert.Throws<ArgumentException>(() => NoteSegmenter.Segment(Track([220]), new NoteSegmenterOptions(SplitCents: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PitchTrack([], 0));
    }

    private static PitchTrack Track(double[] hertz, Func<int, double>? confidence = null) =>
        new(hertz.Select((h, i) => new PitchFrame(i * Hop, h > 0 ? new PitchEstimate(h, confidence?.Invoke(i) ?? 0.95) : PitchEstimate.Unvoiced)).ToArray(), Hop);
}
