using Auralis.Music.Form;
using Auralis.Music.Harmony;
using Auralis.Music.Melody;
using Auralis.Music.Theory;
using Auralis.Music.VoiceLeading;

namespace Auralis.Music.Tests.Form;

public sealed class PieceRulesTests
{
    public static TheoryData<ulong, Regime> Pieces => new() { { 1, Regime.Bull }, { 2, Regime.Bear }, { 3, Regime.Sideways }, { 4, Regime.Volatile } };

    // A market that drifts over minutes and wobbles beat by beat, as the ticker's gestures do.
    private static (double Register, double Lift, double Surprise) Market(int beat) => (0.4 * Math.Sin(beat / 60.0), 2.5 * Math.Sin(beat * 1.7), 0.8);

    private static IReadOnlyList<Note> Part(IReadOnlyList<SketchedBeat> beats, Func<SketchedBeat, IReadOnlyList<Note>> part) => beats.SelectMany(part).ToArray();

    [Fact]
    public void The_parallel_rule_counts_parallel_fifths_and_octaves_and_nothing_else()
    {
        Note At(long tick, string pitch) => new(tick, 480, Pitch.Parse(pitch), 80);
        Note[] bass = [At(0, "C3"), At(480, "D3"), At(960, "E3"), At(1440, "F3")];

        Assert.Equal((1, 1), Rules.ParallelPerfects([At(0, "G4"), At(480, "A4")], bass));
        Assert.Equal((1, 1), Rules.ParallelPerfects([At(480, "D5"), At(960, "E5")], bass));
        Assert.Equal((0, 1), Rules.ParallelPerfects([At(0, "E4"), At(480, "F4")], bass));
        Assert.Equal((0, 1), Rules.ParallelPerfects([At(960, "C5"), At(1440, "D5")], bass));
        Assert.Equal((0, 1), Rules.ParallelPerfects([At(0, "G4"), At(480, "F4")], bass));
    }

    [Theory]
    [MemberData(nameof(Pieces))]
    public void The_melody_and_bass_move_in_parallel_fifths_or_octaves_at_most_once_in_a_hundred_motions(ulong seed, Regime regime)
    {
        var beats = PieceSketch.Compose(seed, 96, regime);

        var (parallels, motions) = Rules.ParallelPerfects(Part(beats, b => b.Melody), Part(beats, b => b.Bass));

        Assert.True(motions > 50, $"only {motions} motions");
        Assert.True(parallels * 100 <= motions, $"{parallels} parallels in {motions} motions");
    }

    [Theory]
    [MemberData(nameof(Pieces))]
    public void The_melody_always_lies_above_every_accompanying_chord(ulong seed, Regime regime)
    {
        var beats = PieceSketch.Compose(seed, 96, regime);
        var highestChordTone = Part(beats, b => b.Accompaniment).Max(n => n.Pitch);

        Assert.All(Part(beats, b => b.Melody), note => Assert.True(note.Pitch > highestChordTone, $"{note.Pitch} at {note.Tick} below {highestChordTone}"));
    }

    [Theory]
    [MemberData(nameof(Pieces))]
    public void A_melody_note_on_a_strong_beat_is_a_tone_of_the_chord(ulong seed, Regime regime)
    {
        var beats = PieceSketch.Compose(seed, 64, regime);

        foreach (var beat in beats.Where(b => b.Conducted.Form.Section.Kind != SectionKind.Intro))
        {
            foreach (var note in beat.Melody.Where(n => n.Tick % 960 == 0))
            {
                Assert.True(beat.Conducted.Current.Contains(note.Pitch), $"{note.Pitch} at {note.Tick} over {beat.Conducted.Current.Symbol}");
            }
        }
    }

    [Fact]
    public void The_repeated_bar_rule_counts_bars_heard_before_even_when_moved_within_the_key()
    {
        var key = PieceSketch.CMajor;
        Note N(long tick, string pitch) => new(tick, 480, Pitch.Parse(pitch), 80);
        Note[] statement = [N(0, "C5"), N(480, "D5"), N(960, "E5")];
        Note[] sequence = [N(1920, "D5"), N(2400, "E5"), N(2880, "F5")];
        Note[] other = [N(3840, "C5"), N(4320, "G5"), N(4800, "A5")];

        Assert.Equal(0.5, Rules.RepeatedBars([.. statement, .. sequence], key, 1920));
        Assert.Equal(0, Rules.RepeatedBars([.. statement, .. other], key, 1920));
    }

    [Theory]
    [MemberData(nameof(Pieces))]
    public void A_quarter_to_three_fifths_of_the_melody_s_bars_repeat_an_earlier_bar(ulong seed, Regime regime)
    {
        var beats = PieceSketch.Compose(seed, 96, regime, market: Market);

        var repeated = Rules.RepeatedBars(Part(beats, b => b.Melody), PieceSketch.CMajor, 1920);

        Assert.InRange(repeated, 0.25, 0.6);
    }

    [Fact]
    public void A_sequence_keeps_the_theme_s_shape_moved_to_fit_the_chord()
    {
        // The intro answers its opening bar with its figure in sequence, moved within the key to where the chord puts it:
        // a sequence the market never bends. A chord that leaves the figure no place near the register without bending
        // it may still bend it.
        var intros = Enumerable.Range(1, 8).Select(seed => PieceSketch.Compose((ulong)seed, 4, Regime.Bull)
                .Where(b => b.Conducted.Form is { Section.Kind: SectionKind.Intro, BarInPhrase: 0 or 2 })
                .SelectMany(b => b.Melody)
                .ToArray())
            .Where(notes => notes.GroupBy(n => n.Tick / 1920).Count(bar => bar.Count() >= 2) == 2)
            .ToArray();

        var kept = intros.Count(notes => Rules.RepeatedBars(notes, PieceSketch.CMajor, 1920) == 0.5);

        Assert.True(intros.Length >= 4 && kept * 3 >= intros.Length * 2, $"{kept} of {intros.Length} intros answer their opening bar with its shape");
    }

    [Theory]
    [MemberData(nameof(Pieces))]
    public void The_melody_breathes_on_at_least_a_tenth_of_its_beats(ulong seed, Regime regime)
    {
        var beats = PieceSketch.Compose(seed, 96, regime);

        Assert.True(Rules.SilentBeats(Part(beats, b => b.Melody), beats.Count, 480) >= 0.1);
    }

    [Fact]
    public void The_opening_theme_returns_note_for_note_when_the_form_brings_it_back()
    {
        var beats = PieceSketch.Compose(7, 120, Regime.Bull);
        string Shape(IEnumerable<SketchedBeat> bar) => string.Join(';', bar.SelectMany(b => b.Melody).Select(n => $"{n.Tick % 1920}:{n.DurationTicks}"));
        var bars = beats.Chunk(4).ToArray();
        var statement = bars.First(b => b[0].Conducted.Form.Section.Kind == SectionKind.Statement);
        var comeback = bars.First(b => b[0].Conducted.Form.Section.Kind == SectionKind.Return);

        Assert.Equal(Shape(statement), Shape(comeback));
    }

    [Fact]
    public void Every_pitched_part_uses_a_wide_range_of_velocities()
    {
        var beats = PieceSketch.Compose(5, 120, Regime.Bull);

        foreach (var (name, part) in new (string, Func<SketchedBeat, IReadOnlyList<Note>>)[] { ("melody", b => b.Melody), ("accompaniment", b => b.Accompaniment), ("bass", b => b.Bass) })
        {
            var velocities = Part(beats, part).Select(n => (double)n.Velocity).ToArray();
            var mean = velocities.Average();
            var deviation = Math.Sqrt(velocities.Average(v => (v - mean) * (v - mean)));
            Assert.True(deviation >= 10, $"the {name}'s velocity deviation is {deviation:F1}");
        }
    }

    [Fact]
    public void The_accompaniment_voices_every_chord_of_every_key_inside_its_range()
    {
        foreach (var tonic in Enumerable.Range(0, 12))
        {
            var key = new Key(new PitchClass(tonic), Scale.Major);
            foreach (var degree in Enumerable.Range(1, 7))
            {
                var voicing = Accompaniment.Voice(key.ChordOn(degree, ChordSize.Seventh), []);
                Assert.All(voicing, p => Assert.True(VoiceRange.Accompaniment.Contains(p)));
                Assert.Equal(4, voicing.Length);
            }
        }

        Assert.True(VoiceRange.Accompaniment.High < ThemeMelody.Range.Low);
    }

    [Fact]
    public void Phrases_close_on_the_tonic_or_pause_on_the_second_degree_unless_that_would_move_in_parallel_with_the_bass()
    {
        var beats = PieceSketch.Compose(3, 96, Regime.Sideways);
        var closing = beats.Where(b => b.Conducted.Form.IsPhraseEnd && b.Tick % 1920 == 960
            && b.Conducted.Form.Section.Kind is not (SectionKind.Build or SectionKind.Intro)).ToArray();

        var landed = closing.Count(beat =>
        {
            var goal = Assert.Single(beat.Melody, n => n.Tick == beat.Tick).Pitch.PitchClass;
            var key = beat.Conducted.Key;
            return goal == (beat.Conducted.Form.Cadence == Cadence.Authentic ? key.Tonic : key.Tonic + key.Scale.Steps[1]);
        });
        Assert.True(closing.Length >= 10);
        Assert.True(landed >= 0.75 * closing.Length, $"{landed} of {closing.Length} cadences on their goal");
    }

    [Fact]
    public void A_rising_market_pulls_the_melody_up_and_a_falling_one_down()
    {
        static double MeanPitch(IReadOnlyList<SketchedBeat> beats) => beats.SelectMany(b => b.Melody).Average(n => n.Pitch.MidiNumber);

        var rising = PieceSketch.Compose(2, 64, Regime.Bull, market: beat => (0.6, 3.0, 0.5));
        var falling = PieceSketch.Compose(2, 64, Regime.Bull, market: beat => (-0.6, -3.0, 0.5));

        Assert.True(MeanPitch(rising) >= MeanPitch(falling) + 5, $"{MeanPitch(rising):F1} against {MeanPitch(falling):F1}");
    }
}
