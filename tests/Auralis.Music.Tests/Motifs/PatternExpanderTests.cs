using Auralis.Music.Motifs;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Music.Tests.Motifs;

public sealed class PatternExpanderTests
{
    private static readonly Key DDorian = Key.Parse("D dorian");
    private static readonly Pitch Low = Pitch.Parse("A3");
    private static readonly Pitch High = Pitch.Parse("D5");

    private static readonly Motif Cell = Motif.Of(DDorian,
        new Note(0, 480, Pitch.Parse("D4"), 90),
        new Note(480, 240, Pitch.Parse("F4"), 80),
        new Note(720, 240, Pitch.Parse("E4"), 80),
        new Note(960, 960, Pitch.Parse("A4"), 95));

    [Fact]
    public void A_phrase_is_filled_exactly_in_key_and_in_range()
    {
        for (ulong seed = 0; seed < 40; seed++)
        {
            var (notes, plan) = PatternExpander.Expand(Cell, 1920 * 4, 8, TimeSignature.CommonTime, Low, High, new SeededRandom(seed));

            Assert.Equal(8, plan.Count);
            Assert.Equal(MotifVariation.Statement, plan[0]);
            Assert.Equal(MotifVariation.Cadence, plan[^1]);
            Assert.All(notes, n => Assert.True(DDorian.Contains(n.Pitch), n.Pitch.Name));
            Assert.All(notes, n => Assert.InRange(n.Pitch.MidiNumber, Low.MidiNumber, High.MidiNumber));
            Assert.All(notes, n => Assert.InRange(n.Tick, 1920 * 4, (1920 * 12) - 1));
            Assert.All(notes, n => Assert.True(n.EndTick <= 1920 * 12));
            Assert.Equal(1920L * 12, notes[^1].EndTick);
            Assert.Equal(DDorian.Tonic, notes[^1].Pitch.PitchClass);
        }
    }

    [Fact]
    public void The_same_seed_expands_the_same_way_and_seeds_vary_the_phrase()
    {
        IReadOnlyList<Note> Expand(ulong seed) =>
            PatternExpander.Expand(Cell, 0, 8, TimeSignature.CommonTime, Low, High, new SeededRandom(seed)).Notes;

        Assert.Equal(Expand(5), Expand(5));
        Assert.True(Enumerable.Range(0, 10).Select(s => string.Join(',', Expand((ulong)s).Select(n => n.Pitch.MidiNumber))).Distinct().Count() > 5);
    }

    [Fact]
    public void A_range_too_narrow_for_the_motif_is_refused()
    {
        Assert.Throws<ArgumentException>(() =>
            PatternExpander.Expand(Cell, 0, 4, TimeSignature.CommonTime, Pitch.Parse("D4"), Pitch.Parse("E4"), new SeededRandom(1)));
    }
}
