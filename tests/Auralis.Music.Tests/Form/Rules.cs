using Auralis.Music.Theory;

namespace Auralis.Music.Tests.Form;

/// <summary>The rules a composed piece is held to, as counts a test can compare against a limit (and check on hand-made counter-examples).</summary>
internal static class Rules
{
    /// <summary>Parallel fifths or octaves between two lines: (how many, out of how many motions where both moved).</summary>
    public static (int Parallels, int Motions) ParallelPerfects(IReadOnlyList<Note> upper, IReadOnlyList<Note> lower)
    {
        var (parallels, motions) = (0, 0);
        Note? previous = null;
        Pitch? previousLower = null;
        foreach (var note in upper.OrderBy(n => n.Tick))
        {
            var sounding = Sounding(lower, note.Tick);
            if (previous is { } before && previousLower is { } below && sounding is { } now && now != below && note.Pitch != before.Pitch)
            {
                motions++;
                var first = ((before.Pitch - below) % 12 + 12) % 12;
                var second = ((note.Pitch - now) % 12 + 12) % 12;
                if (first == second && first is 0 or 7 && Math.Sign(note.Pitch - before.Pitch) == Math.Sign(now - below))
                {
                    parallels++;
                }
            }

            previous = note;
            previousLower = sounding;
        }

        return (parallels, motions);
    }

    /// <summary>The fraction of bars (with two notes or more) whose rhythm and diatonic contour repeat an earlier bar's, exactly or moved within the key.</summary>
    public static double RepeatedBars(IReadOnlyList<Note> notes, Key key, int barTicks)
    {
        var seen = new HashSet<string>();
        var (bars, repeats) = (0, 0);
        foreach (var bar in notes.GroupBy(n => n.Tick / barTicks).OrderBy(g => g.Key))
        {
            var inBar = bar.OrderBy(n => n.Tick).ToArray();
            if (inBar.Length < 2)
            {
                continue;
            }

            bars++;
            if (!seen.Add(BarShape(inBar, key, barTicks)))
            {
                repeats++;
            }
        }

        return bars == 0 ? 0 : repeats / (double)bars;
    }

    /// <summary>
    /// A bar's rhythm and diatonic contour: its notes' onsets within the bar and durations, and the scale steps between
    /// successive notes. A bar and its transposition within the key have the same shape.
    /// </summary>
    public static string BarShape(IReadOnlyList<Note> bar, Key key, int barTicks) =>
        string.Join(';', bar.Select((n, i) => $"{n.Tick % barTicks}:{n.DurationTicks}:{(i == 0 ? 0 : Degree(key, n.Pitch) - Degree(key, bar[i - 1].Pitch))}"));

    /// <summary>The fraction of beats on which no note of <paramref name="notes"/> sounds.</summary>
    public static double SilentBeats(IReadOnlyList<Note> notes, int beats, int beatTicks) =>
        Enumerable.Range(0, beats).Count(b => !notes.Any(n => n.Tick < (long)(b + 1) * beatTicks && n.EndTick > (long)b * beatTicks)) / (double)beats;

    private static Pitch? Sounding(IReadOnlyList<Note> notes, long tick)
    {
        Pitch? pitch = null;
        foreach (var note in notes)
        {
            if (note.Tick <= tick && tick < note.EndTick)
            {
                pitch = note.Pitch;
            }
        }

        return pitch;
    }

    // Scale steps from the key's lowest octave: a diatonic interval is the difference of two of these.
    private static int Degree(Key key, Pitch pitch)
    {
        var inKey = key.Quantize(pitch);
        var degree = key.DegreeOf(inKey.PitchClass) ?? 0;
        var octave = (inKey.MidiNumber - key.Tonic.Value) / 12;
        return (octave * key.Scale.Length) + degree;
    }
}
