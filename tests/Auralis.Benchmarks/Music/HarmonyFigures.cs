namespace Auralis.Benchmarks.Music;

/// <summary>
/// How the harmony moves. A chord loop is the sequence of (degree, length in beats) of the chords starting within one
/// 4-bar phrase (bars 0-3, 4-7, …); counts of distinct things are scaled to 5 minutes of music.
/// </summary>
/// <param name="LoopsPer5Minutes">Distinct chord loops per 5 minutes.</param>
/// <param name="DegreesPer5Minutes">Distinct chord degrees per 5 minutes.</param>
/// <param name="LongestLoopRun">The longest run of identical consecutive loops.</param>
/// <param name="OffBarChordPercent">Chords whose length is not exactly one bar, in % (the last, unfinished chord not counted).</param>
internal sealed record HarmonyFigures(double LoopsPer5Minutes, double DegreesPer5Minutes, int LongestLoopRun, double OffBarChordPercent)
{
    private const int PhraseBars = 4;
    private const double FiveMinutes = 300;

    public static HarmonyFigures Of(MusicTrack track)
    {
        var chords = PlacedChord.Of(track);
        var loops = Loops(track, chords);
        var perFiveMinutes = track.Seconds > 0 ? FiveMinutes / track.Seconds : 0;
        var finished = chords.Where(c => !c.RunsPastEnd).ToArray();
        return new HarmonyFigures(
            loops.Distinct().Count() * perFiveMinutes,
            chords.Select(c => c.Degree).Distinct().Count() * perFiveMinutes,
            LongestRun(loops),
            Statistics.Percent(finished.Count(c => c.LengthTicks != track.TicksPerBar), finished.Length));
    }

    /// <summary>The loop of every whole phrase whose chords all end inside the track, in order.</summary>
    public static IReadOnlyList<string> Loops(MusicTrack track, IReadOnlyList<PlacedChord> chords)
    {
        var phraseTicks = (long)PhraseBars * track.TicksPerBar;
        return chords
            .GroupBy(c => c.StartTick / phraseTicks)
            .Where(phrase => phrase.All(c => !c.RunsPastEnd))
            .OrderBy(phrase => phrase.Key)
            .Select(phrase => string.Join(' ', phrase.Select(c => $"{c.Degree}:{c.LengthTicks / (double)track.TicksPerBeat:0.##}")))
            .ToArray();
    }

    /// <summary>The longest run of equal consecutive items.</summary>
    public static int LongestRun<T>(IReadOnlyList<T> items)
    {
        var longest = items.Count == 0 ? 0 : 1;
        var run = 1;
        for (var i = 1; i < items.Count; i++)
        {
            run = EqualityComparer<T>.Default.Equals(items[i], items[i - 1]) ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
