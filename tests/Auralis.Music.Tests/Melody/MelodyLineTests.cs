using Auralis.Music.Harmony;
using Auralis.Music.Melody;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;
using Auralis.Music.VoiceLeading;

namespace Auralis.Music.Tests.Melody;

public sealed class MelodyLineTests
{
    private static readonly Key EMinor = Key.Parse("E minor");

    private static (IReadOnlyList<Note> Notes, Chord[] Chords) Compose(ulong seed, double intensity, string metre = "4/4", Func<long, Pitch?>? target = null)
    {
        var chords = Enumerable.Range(0, 16).SelectMany(i => RegimeProgressions.In(EMinor, (Regime)(i % 3), i % 3)).ToArray();
        var line = new MelodyLine(EMinor, TimeSignature.Parse(metre), VoiceRange.Soprano, new SeededRandom(seed));
        return (line.Compose(chords, intensity, 0, target), chords);
    }

    public static TheoryData<ulong, double> Cases => new() { { 1, 0.1 }, { 2, 0.5 }, { 3, 0.9 }, { 4, 1.0 }, { 5, 0.0 }, { 6, 0.7 } };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_note_is_in_key_in_range_and_strong_beats_are_chord_tones(ulong seed, double intensity)
    {
        var (notes, chords) = Compose(seed, intensity);

        foreach (var note in notes)
        {
            Assert.True(EMinor.Contains(note.Pitch), note.Pitch.Name);
            Assert.True(VoiceRange.Soprano.Contains(note.Pitch));
            var inBar = note.Tick % 1920;
            if (inBar % 480 == 0 && TimeSignature.CommonTime.IsStrongBeat((int)(inBar / 480)))
            {
                Assert.True(chords[note.Tick / 1920].Contains(note.Pitch), $"{note.Pitch.Name} on a strong beat over {chords[note.Tick / 1920].Symbol}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Leaps_stay_within_the_maximum_and_a_large_leap_steps_back(ulong seed, double intensity)
    {
        var (notes, _) = Compose(seed, intensity);

        for (var i = 1; i < notes.Count; i++)
        {
            var leap = notes[i].Pitch - notes[i - 1].Pitch;
            Assert.InRange(Math.Abs(leap), 0, Interval.MajorSixth);
            if (i + 1 < notes.Count && Math.Abs(leap) > Interval.MajorThird)
            {
                var next = notes[i + 1].Pitch - notes[i].Pitch;
                Assert.True(Math.Sign(next) == -Math.Sign(leap) && Math.Abs(next) <= 2,
                    $"leap {leap} into {notes[i].Pitch.Name} at {notes[i].Tick} (dur {notes[i].DurationTicks}) followed by {next} at {notes[i + 1].Tick}");
            }
        }
    }

    [Fact]
    public void Each_phrase_ends_on_a_long_cadence_note_on_a_strong_beat()
    {
        var (notes, chords) = Compose(9, 0.8);

        for (var phraseEnd = 3; phraseEnd < chords.Length; phraseEnd += 4)
        {
            var last = notes.Last(n => n.Tick < (phraseEnd + 1) * 1920L);
            Assert.Equal(phraseEnd * 1920L + 960, last.Tick);
            Assert.Equal(960, last.DurationTicks);
            Assert.True(chords[phraseEnd].Contains(last.Pitch) || last.Pitch.PitchClass == EMinor.Tonic, $"{last.Pitch.Name} over {chords[phraseEnd].Symbol}");
        }
    }

    [Fact]
    public void Density_grows_with_intensity()
    {
        double NotesPerBar(double intensity) =>
            Enumerable.Range(0, 5).Average(seed => Compose((ulong)seed + 20, intensity).Notes.Count / 64.0);

        var (calm, moderate, busy) = (NotesPerBar(0), NotesPerBar(0.5), NotesPerBar(1));

        Assert.True(calm < moderate && moderate < busy, $"{calm} {moderate} {busy}");
    }

    [Fact]
    public void The_melody_follows_a_rising_target()
    {
        Pitch? Rising(long tick) => new Pitch(60 + (int)(tick * 21 / (64 * 1920L)));

        var (notes, _) = Compose(12, 0.6, target: Rising);

        var firstQuarter = notes.Where(n => n.Tick < 16 * 1920).Average(n => n.Pitch.MidiNumber);
        var lastQuarter = notes.Where(n => n.Tick >= 48 * 1920).Average(n => n.Pitch.MidiNumber);
        Assert.True(lastQuarter > firstQuarter + 6, $"{firstQuarter} then {lastQuarter}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_melody_and_a_resumed_line_continues_it()
    {
        Assert.Equal(Compose(3, 0.6).Notes, Compose(3, 0.6).Notes);
        Assert.NotEqual(Compose(3, 0.6).Notes, Compose(4, 0.6).Notes);

        var chord = Chord.Parse("Em");
        var line = new MelodyLine(EMinor, TimeSignature.CommonTime, VoiceRange.Soprano, new SeededRandom(5));
        for (var beat = 0; beat < 10; beat++)
        {
            line.NextBeat(beat * 480L, chord, 0.7);
        }

        var resumed = MelodyLine.Resume(EMinor, TimeSignature.CommonTime, VoiceRange.Soprano, line.State);
        for (var beat = 10; beat < 40; beat++)
        {
            Assert.Equal(line.NextBeat(beat * 480L, chord, 0.7), resumed.NextBeat(beat * 480L, chord, 0.7));
        }
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var line = new MelodyLine(EMinor, TimeSignature.CommonTime, VoiceRange.Soprano, new SeededRandom(1));

        Assert.Throws<ArgumentOutOfRangeException>(() => line.NextBeat(0, Chord.Parse("Em"), 1.2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MelodyLine(EMinor, TimeSignature.CommonTime, VoiceRange.Soprano, new SeededRandom(1), maxLeap: 0));
        Assert.Throws<ArgumentException>(() => new MelodyLine(Key.Parse("C major pentatonic"), TimeSignature.CommonTime,
            new VoiceRange(Pitch.Parse("F4"), Pitch.Parse("F4")), new SeededRandom(1)));
    }
}
