using Auralis.Music.Time;

namespace Auralis.Audio.Analysis;

/// <summary>How audio becomes a motif: the tempo it was performed at, the grid its notes snap to, and the velocity they get.</summary>
/// <param name="BeatsPerMinute">Quarter notes per minute of the performance.</param>
/// <param name="GridTicks">The grid in ticks (480 a quarter); a sixteenth unless told.</param>
/// <param name="Velocity">The velocity every transcribed note gets (1..127).</param>
/// <param name="Segmenter">How the pitch track is cut into notes.</param>
/// <param name="Yin">The pitch range and threshold of the detector.</param>
public sealed record TranscriptionOptions(
    double BeatsPerMinute = 120,
    int GridTicks = Ticks.PerSixteenth,
    int Velocity = 96,
    NoteSegmenterOptions? Segmenter = null,
    YinOptions? Yin = null)
{
    /// <summary>The defaults: 120 bpm on a sixteenth-note grid.</summary>
    public static TranscriptionOptions Default { get; } = new();

    /// <summary>Seconds per tick at this tempo.</summary>
    public double SecondsPerTick => 60.0 / (BeatsPerMinute * Ticks.PerQuarter);

    /// <summary>Refuses options no transcription can work with.</summary>
    public void Validate()
    {
        if (!(BeatsPerMinute is > 0 and <= 1000))
        {
            throw new ArgumentException($"The tempo {BeatsPerMinute} bpm must lie in (0, 1000].");
        }

        if (GridTicks <= 0)
        {
            throw new ArgumentException($"The grid of {GridTicks} ticks must be positive.");
        }

        if (Velocity is < 1 or > 127)
        {
            throw new ArgumentException($"The velocity {Velocity} must lie in 1..127.");
        }
    }
}
