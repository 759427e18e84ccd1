using Auralis.Music.Motifs;
using Auralis.Music.Theory;

namespace Auralis.Music.Tests.Motifs;

public sealed class MotifTests
{
    private static readonly Key CMajor = Key.Parse("C");

    // C4 D4 E4 G4 as eighth, eighth, quarter, half.
    private static readonly Motif Head = Motif.Of(CMajor,
        new Note(0, 240, Pitch.Parse("C4"), 90),
        new Note(240, 240, Pitch.Parse("D4"), 80),
        new Note(480, 480, Pitch.Parse("E4"), 85),
        new Note(960, 960, Pitch.Parse("G4"), 95));

    private static string Pitches(Motif motif) => string.Join(' ', motif.Notes.Select(n => n.Pitch.Name));

    [Fact]
    public void Transposing_in_scale_keeps_every_note_in_the_key()
    {
        Assert.Equal("E4 F4 G4 B4", Pitches(Head.TransposeInScale(2)));
        Assert.Equal("A3 B3 C4 E4", Pitches(Head.TransposeInScale(-2)));
        for (var steps = -14; steps <= 14; steps++)
        {
            Assert.All(Head.TransposeInScale(steps).Notes, n => Assert.True(CMajor.Contains(n.Pitch)));
        }
    }

    [Fact]
    public void Chromatic_transposition_moves_every_pitch_by_the_same_interval()
    {
        Assert.Equal("D4 E4 F#4 A4", Pitches(Head.Transpose(2)));
    }

    [Fact]
    public void Inversion_mirrors_steps_diatonically_and_twice_is_the_identity()
    {
        Assert.Equal("C4 B3 A3 F3", Pitches(Head.Invert()));
        Assert.Equal(Head.Notes, Head.Invert().Invert().Notes);
        Assert.Equal(Head.Notes, Head.Invert(Pitch.Parse("A4")).Invert(Pitch.Parse("A4")).Notes);
    }

    [Fact]
    public void Retrograde_reverses_time_keeps_durations_and_twice_is_the_identity()
    {
        var backwards = Head.Retrograde();

        Assert.Equal("G4 E4 D4 C4", Pitches(backwards));
        Assert.Equal([0L, 960, 1440, 1680], backwards.Notes.Select(n => n.Tick));
        Assert.Equal([960, 480, 240, 240], backwards.Notes.Select(n => n.DurationTicks));
        Assert.Equal(Head.Notes, backwards.Retrograde().Notes);
    }

    [Fact]
    public void Augmentation_then_diminution_is_the_identity()
    {
        var augmented = Head.Augment(2);

        Assert.Equal(Head.LengthTicks * 2, augmented.LengthTicks);
        Assert.Equal(Head.Notes, augmented.Diminish(2).Notes);
        Assert.Throws<ArgumentException>(() => Motif.Of(CMajor, new Note(0, 3, Pitch.Parse("C4"), 90)).Diminish(2));
    }

    [Fact]
    public void A_sequence_restates_the_motif_a_step_higher_each_time()
    {
        var rising = Head.Sequence(3, 1);

        Assert.Equal(Head.LengthTicks * 3, rising.LengthTicks);
        Assert.Equal("C4 D4 E4 G4 D4 E4 F4 A4 E4 F4 G4 B4", Pitches(rising));
        Assert.Equal(Head.LengthTicks * 2, rising.Notes[8].Tick);
    }

    [Fact]
    public void Empty_motifs_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new Motif(CMajor, [], 480));
        Assert.Throws<ArgumentException>(() => new Motif(CMajor, [new Note(480, 10, Pitch.Parse("C4"), 90)], 480));
    }
}
