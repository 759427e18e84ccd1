using Auralis.Music.Theory;

namespace Auralis.Music.Tests.Theory;

public sealed class KeyTests
{
    [Fact]
    public void Every_scale_starts_on_the_tonic_and_ascends_within_an_octave()
    {
        Assert.All(Scale.All, scale =>
        {
            Assert.Equal(0, scale.Steps[0]);
            Assert.True(scale.Steps.Zip(scale.Steps.Skip(1)).All(pair => pair.First < pair.Second));
            Assert.True(scale.Steps[^1] < 12);
        });
    }

    [Fact]
    public void Church_modes_are_rotations_of_the_major_scale()
    {
        Scale[] modes = [Scale.Ionian, Scale.Dorian, Scale.Phrygian, Scale.Lydian, Scale.Mixolydian, Scale.Aeolian, Scale.Locrian];
        for (var rotation = 0; rotation < modes.Length; rotation++)
        {
            var start = Scale.Major.Steps[rotation];
            var rotated = Enumerable.Range(0, 7).Select(i => (Scale.Major.Steps[(rotation + i) % 7] - start + 12) % 12);
            Assert.Equal(rotated, modes[rotation].Steps);
        }
    }

    [Theory]
    [InlineData("Dorian", "dorian")]
    [InlineData("natural_minor", "minor")]
    [InlineData("Minor Pentatonic", "minor pentatonic")]
    [InlineData("whole-tone", "whole tone")]
    public void Scale_names_parse_forgivingly(string text, string name) =>
        Assert.Equal(name, Scale.Parse(text).Name);

    [Fact]
    public void An_unknown_scale_name_lists_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => Scale.Parse("hypermixolydian"));

        Assert.Contains("hypermixolydian", error.Message);
        Assert.Contains("dorian", error.Message);
    }

    [Fact]
    public void Keys_parse_with_major_as_the_default()
    {
        Assert.Equal(new Key(PitchClass.Parse("Eb"), Scale.NaturalMinor), Key.Parse("Eb minor"));
        Assert.Equal(new Key(new PitchClass(0), Scale.Major), Key.Parse("C"));
        Assert.Throws<ArgumentException>(() => Key.Parse("X major"));
        Assert.Throws<ArgumentException>(() => Key.Parse("C majestic"));
    }

    [Fact]
    public void Quantize_moves_to_the_nearest_scale_tone_and_ties_go_down()
    {
        var cMajor = Key.Parse("C major");

        Assert.Equal(Pitch.Parse("C4"), cMajor.Quantize(Pitch.Parse("C#4")));
        Assert.Equal(Pitch.Parse("E4"), cMajor.Quantize(Pitch.Parse("E4")));
        Assert.Equal(Pitch.Parse("F4"), cMajor.Quantize(Pitch.Parse("F4")));
        for (var midi = 0; midi <= 127; midi++)
        {
            var quantized = cMajor.Quantize(new Pitch(midi));
            Assert.True(cMajor.Contains(quantized));
            Assert.InRange(quantized - new Pitch(midi), -1, 1);
        }
    }

    [Fact]
    public void Stepping_by_scale_degrees_stays_in_the_key_and_wraps_octaves()
    {
        var dDorian = Key.Parse("D dorian");

        Assert.Equal(Pitch.Parse("E4"), dDorian.StepBy(Pitch.Parse("D4"), 1));
        Assert.Equal(Pitch.Parse("D5"), dDorian.StepBy(Pitch.Parse("D4"), 7));
        Assert.Equal(Pitch.Parse("C4"), dDorian.StepBy(Pitch.Parse("D4"), -1));
        Assert.Equal(Pitch.Parse("A3"), dDorian.StepBy(Pitch.Parse("C4"), -2));
        for (var steps = -10; steps <= 10; steps++)
        {
            var moved = dDorian.StepBy(Pitch.Parse("F4"), steps);
            Assert.True(dDorian.Contains(moved));
            Assert.Equal(Pitch.Parse("F4"), dDorian.StepBy(moved, -steps));
        }
    }

    [Fact]
    public void Diatonic_chords_of_the_major_key_have_their_textbook_qualities()
    {
        var cMajor = Key.Parse("C");

        string[] triads = ["C", "Dm", "Em", "F", "G", "Am", "Bdim"];
        string[] sevenths = ["Cmaj7", "Dm7", "Em7", "Fmaj7", "G7", "Am7", "Bm7b5"];
        Assert.Equal(triads, Enumerable.Range(1, 7).Select(d => cMajor.ChordOn(d).Symbol));
        Assert.Equal(sevenths, Enumerable.Range(1, 7).Select(d => cMajor.ChordOn(d, ChordSize.Seventh).Symbol));
    }

    [Fact]
    public void Harmonic_minor_gives_a_dominant_seventh_on_the_fifth()
    {
        var aHarmonic = Key.Parse("A harmonic minor");

        Assert.Equal("E7", aHarmonic.ChordOn(5, ChordSize.Seventh).Symbol);
        Assert.Equal("G#dim7", aHarmonic.ChordOn(7, ChordSize.Seventh).Symbol);
    }

    [Fact]
    public void Chords_are_only_stacked_on_seven_note_scales()
    {
        Assert.Throws<InvalidOperationException>(() => Key.Parse("C blues").ChordOn(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Key.Parse("C").ChordOn(8));
    }
}
