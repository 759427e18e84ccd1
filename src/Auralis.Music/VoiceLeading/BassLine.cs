using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Music.VoiceLeading;

/// <summary>
/// A bass line chord by chord in one of several <see cref="BassFigure"/>s: every figure lands on the chord's root at
/// the chord's first tick, nearest the last note played, and keeps inside the bass range.
/// </summary>
public static class BassLine
{
    /// <summary>The notes of one chord lasting <paramref name="lengthTicks"/> from <paramref name="startTick"/>, played as <paramref name="figure"/>.</summary>
    public static IReadOnlyList<Note> ForChord(long startTick, int lengthTicks, int beatTicks, BassFigure figure, Chord chord, Chord next, Key key,
        VoiceRange range, Pitch? previous, int velocity, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(chord);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lengthTicks);
        var root = Nearest(range, chord.Root, previous ?? range.Centre);
        var fifth = Nearest(range, chord.Root + 7, root);
        var notes = new List<Note>();
        var end = startTick + lengthTicks;
        void Add(long at, int duration, Pitch pitch, int level)
        {
            if (at < end)
            {
                notes.Add(new Note(at, (int)Math.Min(duration, end - at), pitch, Math.Clamp(level, 1, 127)));
            }
        }

        switch (figure)
        {
            case BassFigure.Pedal:
                Add(startTick, lengthTicks, root, velocity);
                break;
            case BassFigure.RootFifth when lengthTicks >= 2 * beatTicks:
                var half = lengthTicks / 2 / beatTicks * beatTicks;
                Add(startTick, half, root, velocity);
                Add(startTick + half, lengthTicks - half, fifth, velocity - 10);
                break;
            case BassFigure.Walking when lengthTicks >= 2 * beatTicks:
                var step = beatTicks >= Ticks.PerQuarter ? Subdivision.Quarter : Subdivision.Eighth;
                var walk = WalkingBass.Walk(startTick, lengthTicks, step, chord, next, key, range, previous, random, velocity);
                notes.AddRange(walk.Select(n => n with { Velocity = Math.Clamp(n.Velocity, 1, 127) }));
                break;
            case BassFigure.Drive:
                var eighth = Math.Max(beatTicks / 2, Ticks.PerSixteenth);
                var octave = root.MidiNumber + 12 <= range.High.MidiNumber ? root + 12 : root;
                for (var at = startTick; at < end; at += eighth)
                {
                    var offBeat = (at - startTick) % beatTicks != 0;
                    var leap = offBeat && random.NextBool(0.3);
                    Add(at, eighth - (eighth / 6), leap ? octave : root, offBeat ? velocity - 14 : velocity - 4);
                }

                break;
            case BassFigure.Syncopated:
                var bar = Math.Max(beatTicks * 2, Math.Min(lengthTicks, beatTicks * 4));
                for (var at = startTick; at < end; at += bar)
                {
                    var dotted = beatTicks * 3 / 2;
                    Add(at, dotted, root, velocity);
                    Add(at + dotted, beatTicks / 2, root, velocity - 16);
                    Add(at + (2 * beatTicks), beatTicks, fifth, velocity - 8);
                    Add(at + (3 * beatTicks), beatTicks, at + bar >= end ? Approach(next, key, range, root, random) : root + 12 <= range.High ? root + 12 : root,
                        velocity - 12);
                }

                break;
            default:
                Add(startTick, lengthTicks, root, velocity);
                break;
        }

        return notes;
    }

    private static Pitch Nearest(VoiceRange range, PitchClass pitchClass, Pitch from)
    {
        Pitch? best = null;
        for (var midi = range.Low.MidiNumber; midi <= range.High.MidiNumber; midi++)
        {
            if (midi % 12 == pitchClass.Value && (best is null || Math.Abs(midi - from.MidiNumber) < Math.Abs(best.Value - from)))
            {
                best = new Pitch(midi);
            }
        }

        return best ?? throw new ArgumentException($"The bass range {range} holds no {pitchClass.Name}.", nameof(range));
    }

    // A scale step below or above the next chord's root, leading into it.
    private static Pitch Approach(Chord next, Key key, VoiceRange range, Pitch from, SeededRandom random)
    {
        var target = Nearest(range, next.Root, from);
        var below = key.StepBy(target, -1);
        var above = key.StepBy(target, 1);
        var pick = random.NextBool() ? below : above;
        return range.Contains(pick) ? pick : range.Contains(below) ? below : target;
    }
}
