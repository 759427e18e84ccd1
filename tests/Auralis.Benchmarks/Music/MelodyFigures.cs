using Auralis.Music.Theory;

namespace Auralis.Benchmarks.Music;

/// <summary>The melody's (soprano's) identity: bars that come back, the longest verbatim repeat, and how often it rests.</summary>
/// <param name="RepeatedBarPercent">
/// Bars with at least two notes that repeat an earlier bar exactly or transposed (same onsets within the bar, same
/// durations, and the same interval sequence in semitones or, moved within the key as tonal music transposes, in steps
/// of the session's scale), in %.
/// </param>
/// <param name="LongestVerbatimBars">
/// The longest run of consecutive bars that are verbatim copies (same pitches too) of the bars just before them, at any
/// distance up to <see cref="MaxRepeatDistanceBars"/>: a 4-bar phrase played twice running reads 4.
/// </param>
/// <param name="SilentBeatPercent">Beats during which no soprano note sounds at all, in %.</param>
internal sealed record MelodyFigures(double RepeatedBarPercent, int LongestVerbatimBars, double SilentBeatPercent)
{
    /// <summary>How far back a verbatim repeat may look.</summary>
    public const int MaxRepeatDistanceBars = 16;

    public static MelodyFigures Of(MusicTrack track)
    {
        var melody = track.NotesOf(MusicTrack.Soprano);
        var bars = Bars(track, melody);
        return new MelodyFigures(RepeatedBarShare(bars, track.TicksPerBar, track.Key), LongestVerbatimRun(bars, track.TicksPerBar), SilentBeatShare(track, melody));
    }

    /// <summary>The notes starting in each whole bar.</summary>
    public static IReadOnlyList<Note[]> Bars(MusicTrack track, IReadOnlyList<Note> notes) =>
        Enumerable.Range(0, track.Bars)
            .Select(bar => notes.Where(n => n.Tick / track.TicksPerBar == bar).ToArray())
            .ToArray();

    private static double RepeatedBarShare(IReadOnlyList<Note[]> bars, int ticksPerBar, Key key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenInKey = new HashSet<string>(StringComparer.Ordinal);
        int counted = 0, repeated = 0;
        foreach (var bar in bars.Where(b => b.Length >= 2))
        {
            counted++;
            var chromatic = !seen.Add(Shape(bar, ticksPerBar, p => p.MidiNumber));
            var diatonic = !seenInKey.Add(Shape(bar, ticksPerBar, p => ScaleStep(key, p)));
            if (chromatic || diatonic)
            {
                repeated++;
            }
        }

        return Statistics.Percent(repeated, counted);
    }

    private static int LongestVerbatimRun(IReadOnlyList<Note[]> bars, int ticksPerBar)
    {
        var verbatim = bars.Select(bar => Verbatim(bar, ticksPerBar)).ToArray();
        var longest = 0;
        for (var distance = 1; distance <= MaxRepeatDistanceBars; distance++)
        {
            var run = 0;
            for (var bar = distance; bar < bars.Count; bar++)
            {
                run = bars[bar].Length > 0 && verbatim[bar] == verbatim[bar - distance] ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
        }

        return longest;
    }

    private static double SilentBeatShare(MusicTrack track, IReadOnlyList<Note> melody)
    {
        var beats = (int)(track.EndTick / track.TicksPerBeat);
        var silent = Enumerable.Range(0, beats).Count(beat =>
        {
            var start = (long)beat * track.TicksPerBeat;
            var end = start + track.TicksPerBeat;
            return !melody.Any(n => n.Tick < end && n.EndTick > start);
        });
        return Statistics.Percent(silent, beats);
    }

    // Onsets within the bar, durations and intervals (measured by height): equal for a bar and its transposition.
    private static string Shape(Note[] bar, int ticksPerBar, Func<Pitch, int> height) =>
        string.Join(' ', bar.Select((n, i) => $"{n.Tick % ticksPerBar}/{n.DurationTicks}/{(i == 0 ? 0 : height(n.Pitch) - height(bar[i - 1].Pitch))}"));

    // A pitch's height in steps of the key's scale (pitches outside the key count as their nearest scale tone).
    private static int ScaleStep(Key key, Pitch pitch)
    {
        var inKey = key.Quantize(pitch);
        var octave = (int)Math.Floor((inKey.MidiNumber - key.Tonic.Value) / 12.0);
        return (octave * key.Scale.Length) + (key.DegreeOf(inKey.PitchClass) ?? 0);
    }

    // The shape and the pitches themselves.
    private static string Verbatim(Note[] bar, int ticksPerBar) => Shape(bar, ticksPerBar, p => p.MidiNumber) + "|" + string.Join(' ', bar.Select(n => n.Pitch.MidiNumber));
}
