using Auralis.Audio.Analysis;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Audio.Tests.Analysis;

public sealed class IntonationAnalyzerTests
{
    [Theory]
    [InlineData(44_100)]
    [InlineData(48_000)]
    public void A_line_is_cut_into_its_notes_with_their_cents_off_and_corrections(int sampleRate)
    {
        Melodies.Step[] line =
        [
            new(Pitch.Parse("G4"), Ticks.PerQuarter, Cents: 0),
            new(Pitch.Parse("A4"), Ticks.PerQuarter, Cents: 20),
            new(null, Ticks.PerEighth),
            new(Pitch.Parse("C#5"), Ticks.PerQuarter, Cents: -35),
            new(Pitch.Parse("C5"), Ticks.PerQuarter, Cents: 0),
        ];
        var audio = Melodies.Render(line, sampleRate, 100);

        var notes = IntonationAnalyzer.Analyze(audio, sampleRate, Key.Parse("C major"));

        Assert.Equal(["G4", "A4", "C#5", "C5"], notes.Select(n => n.Reading.Name));
        Assert.Equal([0, 20, -35, 0], notes.Select(n => n.Reading.Cents), new CentsComparer(2));
        Assert.Equal(["G4", "A4", "C5", "C5"], notes.Select(n => n.Correction.Target.Name));
        Assert.Equal(-20, notes[1].Correction.Cents, 2.0);
        Assert.Equal(-65, notes[2].Correction.Cents, 2.0);
        Assert.True(notes[0].IsInTune());
        Assert.False(notes[2].IsInTune());
        Assert.InRange(notes[0].Segment.DurationSeconds, 0.5, 0.65);
    }

    [Fact]
    public void A_vibrato_note_stays_one_note_at_its_centre_pitch()
    {
        var audio = Signals.Vibrato(Pitch.Parse("E4").Frequency, 48_000, 1.5);

        var notes = IntonationAnalyzer.Analyze(audio, 48_000, Key.Parse("E minor"));

        var note = Assert.Single(notes);
        Assert.Equal("E4", note.Reading.Name);
        Assert.InRange(note.Reading.Cents, -5, 5);
    }

    [Fact]
    public void Noise_holds_no_notes() =>
        Assert.Empty(IntonationAnalyzer.Analyze(Signals.Noise(44_100, 1, new Auralis.Music.Randomness.SeededRandom(3)), 44_100, Key.Parse("C")));

    private sealed class CentsComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
