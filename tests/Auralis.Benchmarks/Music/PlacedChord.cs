namespace Auralis.Benchmarks.Music;

/// <summary>A chord of the track as a degree, where it starts and how long it lasts (to the next chord, or to the track's end).</summary>
internal sealed record PlacedChord(string Degree, long StartTick, long LengthTicks, bool RunsPastEnd)
{
    /// <summary>The chords of <paramref name="track"/>, in order: a new one wherever a step says its chord changed.</summary>
    public static IReadOnlyList<PlacedChord> Of(MusicTrack track)
    {
        var starts = track.Steps
            .Where((step, index) => step.Degree is not null && (step.ChordChanged || index == 0))
            .Select(step => (Degree: step.Degree!, step.Span.Tick))
            .ToArray();
        return starts.Select((start, i) => i + 1 < starts.Length
                ? new PlacedChord(start.Degree, start.Tick, starts[i + 1].Tick - start.Tick, RunsPastEnd: false)
                : new PlacedChord(start.Degree, start.Tick, track.EndTick - start.Tick, RunsPastEnd: true))
            .ToArray();
    }
}
