using Auralis.Music.Randomness;
using Auralis.Music.Theory;

namespace Auralis.Music.VoiceLeading;

/// <summary>
/// A walking bass: lands on each chord's root on the chord's first beat, walks through chord and scale tones, and
/// approaches the next chord's root by a half or whole step on the last note before the change.
/// </summary>
public static class WalkingBass
{
    /// <summary>
    /// The notes for one chord lasting <paramref name="lengthTicks"/> from <paramref name="startTick"/>, moving every
    /// <paramref name="subdivision"/>, leading into <paramref name="nextChord"/>.
    /// </summary>
    public static IReadOnlyList<Note> Walk(long startTick, int lengthTicks, Subdivision subdivision, Chord chord, Chord nextChord, Key key,
        VoiceRange range, Pitch? previous, SeededRandom random, int velocity = 92)
    {
        ArgumentNullException.ThrowIfNull(random);
        var step = (int)subdivision;
        if (step <= 0 || !Enum.IsDefined(subdivision))
        {
            throw new ArgumentOutOfRangeException(nameof(subdivision), subdivision, "A walking bass moves on quarters, eighths or sixteenths.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(lengthTicks, step);
        var count = lengthTicks / step;
        var root = Nearest(RootsIn(range, chord.Root), previous ?? range.Centre);
        var notes = new List<Note>(count) { new(startTick, step, root, velocity) };
        if (count == 1)
        {
            return notes;
        }

        var target = Nearest(RootsIn(range, nextChord.Root), root);
        var approach = Approach(target, key, range, random);
        var current = root;
        for (var i = 1; i < count - 1; i++)
        {
            current = Walker(current, approach, count - 1 - i, chord, key, range, random);
            notes.Add(new Note(startTick + ((long)i * step), step, current, velocity - 12));
        }

        notes.Add(new Note(startTick + ((long)(count - 1) * step), step, approach, velocity - 8));
        return notes;
    }

    private static IReadOnlyList<Pitch> RootsIn(VoiceRange range, PitchClass root)
    {
        var roots = new List<Pitch>();
        for (var midi = range.Low.MidiNumber; midi <= range.High.MidiNumber; midi++)
        {
            if (midi % 12 == root.Value)
            {
                roots.Add(new Pitch(midi));
            }
        }

        return roots.Count > 0 ? roots : throw new ArgumentException($"The bass range {range} holds no {root.Name}.", nameof(range));
    }

    private static Pitch Nearest(IReadOnlyList<Pitch> candidates, Pitch from) =>
        candidates.OrderBy(p => Math.Abs(p - from)).ThenBy(p => p.MidiNumber).First();

    // A step above or below the target: a scale tone when one is a step away, otherwise the chromatic neighbour.
    private static Pitch Approach(Pitch target, Key key, VoiceRange range, SeededRandom random)
    {
        var steps = new[] { -2, -1, 1, 2 }
            .Select(offset => target.MidiNumber + offset)
            .Where(midi => midi >= range.Low.MidiNumber && midi <= range.High.MidiNumber)
            .Select(midi => new Pitch(midi))
            .ToArray();
        var inKey = steps.Where(key.Contains).ToArray();
        var pool = inKey.Length > 0 ? inKey : steps;
        return pool.Length > 0 ? pool[random.NextInt(pool.Length)] : target;
    }

    // The next walking note: a chord or scale tone within a fourth, heading for the approach note in the notes left.
    private static Pitch Walker(Pitch current, Pitch goal, int notesLeft, Chord chord, Key key, VoiceRange range, SeededRandom random)
    {
        var candidates = new List<(Pitch Pitch, double Score)>();
        for (var offset = -5; offset <= 5; offset++)
        {
            var midi = current.MidiNumber + offset;
            if (offset == 0 || midi < range.Low.MidiNumber || midi > range.High.MidiNumber)
            {
                continue;
            }

            var pitch = new Pitch(midi);
            if (!key.Contains(pitch) && !chord.Contains(pitch))
            {
                continue;
            }

            var reachable = Math.Abs(goal - pitch) <= (notesLeft * 2) + 2 ? 0 : 4;
            var score = reachable + (chord.Contains(pitch) ? 0 : 0.5) + (Math.Abs(offset) * 0.3) + (random.NextDouble() * 1.5);
            candidates.Add((pitch, score));
        }

        return candidates.Count == 0 ? current : candidates.MinBy(c => c.Score).Pitch;
    }
}
