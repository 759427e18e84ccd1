namespace Auralis.Audio.Analysis;

/// <summary>A stable stretch of a pitch track heard as one note: when it starts and ends, and its median frequency.</summary>
/// <param name="StartSeconds">The start of the note's first frame.</param>
/// <param name="EndSeconds">The end of the note's last frame.</param>
/// <param name="MedianHertz">The median of the frames' frequencies, robust to a scoop into the note or a glitch.</param>
/// <param name="Frames">How many frames the note holds.</param>
public readonly record struct NoteSegment(double StartSeconds, double EndSeconds, double MedianHertz, int Frames)
{
    /// <summary>How long the note lasts.</summary>
    public double DurationSeconds => EndSeconds - StartSeconds;

    /// <summary>The note's median frequency read as a note.</summary>
    public NoteReading Reading => NoteReading.Of(MedianHertz);
}
