using Auralis.Engine.Composition;

namespace Auralis.Benchmarks.Music;

/// <summary>
/// The large-scale shape of a session over 8-bar windows: how far the mean velocity and the note count move, the
/// loudness range of the audio, and how long the drums play without a break.
/// </summary>
/// <param name="VelocityRange">Max − min of the windows' mean velocity (all notes; windows without notes skipped).</param>
/// <param name="DensityRatio">Max / min of the windows' note count (an empty window counts as 1).</param>
/// <param name="LoudnessRangeLu">EBU loudness range of the rendered audio.</param>
/// <param name="LongestWithDrumsSeconds">
/// The longest time between drumless 4-bar windows (no perc note), the start and the end of the music counting as
/// bounds; null when no window is drumless.
/// </param>
internal sealed record FormFigures(double VelocityRange, double DensityRatio, double LoudnessRangeLu, double? LongestWithDrumsSeconds)
{
    private const int WindowBars = 8;
    private const int DrumWindowBars = 4;

    public static FormFigures Of(MusicTrack track)
    {
        var windows = Windows(track, WindowBars);
        var meanVelocities = windows.Where(w => w.Count > 0).Select(w => w.Average(n => n.Note.Velocity)).ToArray();
        var counts = windows.Select(w => Math.Max(1, w.Count)).ToArray();
        return new FormFigures(
            meanVelocities.Length == 0 ? 0 : meanVelocities.Max() - meanVelocities.Min(),
            counts.Length == 0 ? 0 : counts.Max() / (double)counts.Min(),
            track.Loudness.RangeLu,
            LongestWithDrums(track));
    }

    /// <summary>The notes starting in each whole window of <paramref name="bars"/> bars.</summary>
    public static IReadOnlyList<IReadOnlyList<PlayedNote>> Windows(MusicTrack track, int bars)
    {
        var windowTicks = (long)bars * track.TicksPerBar;
        var count = (int)(track.EndTick / windowTicks);
        var windows = Enumerable.Range(0, count).Select(_ => new List<PlayedNote>()).ToArray();
        foreach (var note in track.Notes)
        {
            var window = note.Note.Tick / windowTicks;
            if (window < count)
            {
                windows[window].Add(note);
            }
        }

        return windows;
    }

    private static double? LongestWithDrums(MusicTrack track)
    {
        var windowTicks = (long)DrumWindowBars * track.TicksPerBar;
        var drumless = Windows(track, DrumWindowBars)
            .Select((notes, index) => (notes, index))
            .Where(w => w.notes.All(n => n.Voice != MusicTrack.Perc))
            .Select(w => track.SecondsAt(w.index * windowTicks))
            .ToArray();
        if (drumless.Length == 0)
        {
            return null;
        }

        double[] bounds = [0, .. drumless, track.Seconds];
        return bounds.Zip(bounds.Skip(1), (earlier, later) => later - earlier).Max();
    }
}
