using Auralis.Music.Harmony;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;
using Auralis.Music.VoiceLeading;

namespace Auralis.Music.Tests.VoiceLeading;

public sealed class VoiceLeadingTests
{
    private static readonly VoiceRange[] Satb = [VoiceRange.Bass, VoiceRange.Tenor, VoiceRange.Alto, VoiceRange.Soprano];

    private static IEnumerable<Chord> LongPassage(Key key, ulong seed)
    {
        var random = new SeededRandom(seed);
        var regimes = Enum.GetValues<Regime>();
        for (var i = 0; i < 50; i++)
        {
            foreach (var chord in RegimeProgressions.In(key, regimes[random.NextInt(regimes.Length)], random.NextInt(3)))
            {
                yield return chord;
            }
        }
    }

    [Theory]
    [InlineData("C major", 1UL)]
    [InlineData("F# minor", 2UL)]
    [InlineData("Eb dorian", 3UL)]
    [InlineData("B harmonic minor", 4UL)]
    public void Voices_never_cross_and_keep_their_ranges_over_long_passages(string key, ulong seed)
    {
        Pitch[] previous = [.. Satb.Select(r => r.Centre)];
        foreach (var chord in LongPassage(Key.Parse(key), seed))
        {
            var voiced = ChordVoicer.Voice(chord, Satb, previous);

            for (var v = 0; v < voiced.Length; v++)
            {
                Assert.True(Satb[v].Contains(voiced[v]));
                Assert.True(chord.Contains(voiced[v]));
                Assert.True(v == 0 || voiced[v] >= voiced[v - 1], $"crossing in {chord.Symbol}");
            }

            previous = voiced;
        }
    }

    [Fact]
    public void Each_voice_takes_the_nearest_chord_tone()
    {
        var voiced = ChordVoicer.Voice(Chord.Parse("F"), [VoiceRange.Bass, VoiceRange.Soprano], [Pitch.Parse("C3"), Pitch.Parse("E4")]);

        Assert.Equal([Pitch.Parse("C3"), Pitch.Parse("F4")], voiced);
    }

    [Fact]
    public void Outer_parallel_fifths_are_avoided_when_another_choice_exists()
    {
        // C3–G4 (a fifth) moving to D minor: the nearest tones D3–A4 would be parallel fifths.
        Pitch[] before = [Pitch.Parse("C3"), Pitch.Parse("G4")];
        var ranges = new[] { new VoiceRange(Pitch.Parse("C3"), Pitch.Parse("E3")), new VoiceRange(Pitch.Parse("F4"), Pitch.Parse("A4")) };

        var voiced = ChordVoicer.Voice(Chord.Parse("Dm"), ranges, before);

        Assert.True(ChordVoicer.OuterParallels(before, [Pitch.Parse("D3"), Pitch.Parse("A4")]));
        Assert.False(ChordVoicer.OuterParallels(before, voiced));
        Assert.Equal(Pitch.Parse("D3"), voiced[0]);
        Assert.Equal(Pitch.Parse("F4"), voiced[1]);
    }

    [Fact]
    public void A_range_that_holds_no_chord_tone_is_refused_by_name()
    {
        var narrow = new VoiceRange(Pitch.Parse("C#4"), Pitch.Parse("C#4"));

        var error = Assert.Throws<ArgumentException>(() => ChordVoicer.Voice(Chord.Parse("G"), [narrow], [Pitch.Parse("C#4")]));

        Assert.Contains("G", error.Message);
        Assert.Contains("C#4", error.Message);
    }

    [Theory]
    [InlineData(Subdivision.Quarter, 4)]
    [InlineData(Subdivision.Eighth, 8)]
    [InlineData(Subdivision.Sixteenth, 16)]
    public void The_walking_bass_reaches_each_new_root_on_the_downbeat_from_a_step_away(Subdivision subdivision, int notesPerBar)
    {
        var key = Key.Parse("G");
        var chords = RegimeProgressions.In(key, Regime.Bull).Concat(RegimeProgressions.In(key, Regime.Bear)).Concat(RegimeProgressions.In(key, Regime.Volatile)).ToArray();
        var random = new SeededRandom(11);
        var notes = new List<Note>();
        Pitch? previous = null;
        for (var bar = 0; bar < chords.Length; bar++)
        {
            var walked = WalkingBass.Walk(bar * 1920L, 1920, subdivision, chords[bar], chords[(bar + 1) % chords.Length], key, VoiceRange.Bass, previous, random);
            Assert.Equal(notesPerBar, walked.Count);
            Assert.Equal(chords[bar].Root, walked[0].Pitch.PitchClass);
            Assert.Equal(bar * 1920L, walked[0].Tick);
            Assert.All(walked, n => Assert.True(VoiceRange.Bass.Contains(n.Pitch)));
            if (notes.Count > 0)
            {
                Assert.InRange(Math.Abs(walked[0].Pitch - notes[^1].Pitch), 1, 2);
            }

            notes.AddRange(walked);
            previous = walked[^1].Pitch;
        }
    }

    [Fact]
    public void The_walking_bass_is_deterministic_and_varies_with_the_seed()
    {
        IReadOnlyList<Note> Walk(ulong seed) => WalkingBass.Walk(0, 1920, Subdivision.Eighth, Chord.Parse("C"), Chord.Parse("F"), Key.Parse("C"),
            VoiceRange.Bass, null, new SeededRandom(seed));

        Assert.Equal(Walk(3), Walk(3));
        Assert.Contains(Enumerable.Range(4, 10), s => !Walk((ulong)s).SequenceEqual(Walk(3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => WalkingBass.Walk(0, 1920, (Subdivision)0, Chord.Parse("C"), Chord.Parse("F"),
            Key.Parse("C"), VoiceRange.Bass, null, new SeededRandom(1)));
    }

    [Fact]
    public void The_invention_puts_chord_tones_on_strong_beats_and_prefers_contrary_motion()
    {
        var key = Key.Parse("D minor");
        var chords = Enumerable.Range(0, 10).SelectMany(_ => RegimeProgressions.In(key, Regime.Bear, 1)).ToArray();

        var (soprano, bass) = TwoPartInvention.Compose(chords, key, TimeSignature.CommonTime, new SeededRandom(8));

        var contrary = 0;
        var similar = 0;
        for (var i = 0; i < soprano.Count; i++)
        {
            var beat = (int)(soprano[i].Tick % 1920 / 480);
            if (TimeSignature.CommonTime.IsStrongBeat(beat))
            {
                Assert.True(chords[soprano[i].Tick / 1920].Contains(soprano[i].Pitch));
                Assert.True(chords[bass[i].Tick / 1920].Contains(bass[i].Pitch));
            }

            Assert.True(soprano[i].Pitch > bass[i].Pitch);
            if (i > 0)
            {
                var up = Math.Sign(soprano[i].Pitch - soprano[i - 1].Pitch);
                var down = Math.Sign(bass[i].Pitch - bass[i - 1].Pitch);
                contrary += up != 0 && down != 0 && up != down ? 1 : 0;
                similar += up != 0 && up == down ? 1 : 0;
            }
        }

        Assert.True(contrary > similar, $"{contrary} contrary against {similar} similar");
    }
}
