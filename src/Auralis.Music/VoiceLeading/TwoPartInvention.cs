using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Music.VoiceLeading;

/// <summary>A soprano and a bass line in two-part invention style over one chord per bar.</summary>
/// <remarks>
/// Both voices move on every beat. On strong beats (the downbeat, and the middle of a bar of four) each takes a chord
/// tone; between them they move by step through the scale. Each candidate is scored by the size of its leap, by
/// whether it moves against the other voice (contrary motion is preferred, as in Bach's inventions) and by a small
/// seeded random term, and the lowest score wins.
/// </remarks>
public static class TwoPartInvention
{
    /// <summary>The two lines over <paramref name="chordsPerBar"/>, starting at <paramref name="startTick"/>.</summary>
    public static (IReadOnlyList<Note> Soprano, IReadOnlyList<Note> Bass) Compose(IReadOnlyList<Chord> chordsPerBar, Key key, TimeSignature signature,
        SeededRandom random, VoiceRange? soprano = null, VoiceRange? bass = null, long startTick = 0)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (chordsPerBar is null || chordsPerBar.Count == 0)
        {
            throw new ArgumentException("An invention needs at least one chord.", nameof(chordsPerBar));
        }

        var upper = soprano ?? VoiceRange.Soprano;
        var lower = bass ?? VoiceRange.Bass;
        var sopranoNotes = new List<Note>();
        var bassNotes = new List<Note>();
        var (high, low) = (upper.Centre, lower.Centre);
        for (var bar = 0; bar < chordsPerBar.Count; bar++)
        {
            var chord = chordsPerBar[bar];
            for (var beat = 0; beat < signature.BeatsPerBar; beat++)
            {
                var strong = signature.IsStrongBeat(beat);
                var tick = startTick + ((long)bar * signature.TicksPerBar) + ((long)beat * signature.TicksPerBeat);
                var nextLow = Choose(low, null, chord, key, lower, strong, preferRoot: beat == 0, random);
                var nextHigh = Choose(high, Math.Sign(nextLow - low), chord, key, upper, strong, preferRoot: false, random);
                if (nextHigh <= nextLow)
                {
                    nextHigh = upper.ChordTones(chord).First(p => p > nextLow);
                }

                bassNotes.Add(new Note(tick, signature.TicksPerBeat, nextLow, strong ? 96 : 84));
                sopranoNotes.Add(new Note(tick, signature.TicksPerBeat, nextHigh, strong ? 100 : 88));
                (high, low) = (nextHigh, nextLow);
            }
        }

        return (sopranoNotes, bassNotes);
    }

    private static Pitch Choose(Pitch from, int? otherMotion, Chord chord, Key key, VoiceRange range, bool strong, bool preferRoot, SeededRandom random)
    {
        IEnumerable<Pitch> pool = strong
            ? range.ChordTones(chord)
            : Enumerable.Range(-2, 5).Where(o => o != 0).Select(o => from.MidiNumber + o)
                .Where(m => m >= range.Low.MidiNumber && m <= range.High.MidiNumber).Select(m => new Pitch(m)).Where(key.Contains);
        var candidates = pool.ToArray();
        if (candidates.Length == 0)
        {
            candidates = range.ChordTones(chord).ToArray();
        }

        return candidates.MinBy(p =>
        {
            var motion = Math.Sign(p - from);
            var similar = otherMotion is { } other && other != 0 && motion == other ? 3.0 : 0.0;
            var root = preferRoot && p.PitchClass == chord.Root ? -4.0 : 0.0;
            return Math.Abs(p - from) + similar + root + (random.NextDouble() * 2);
        });
    }
}
