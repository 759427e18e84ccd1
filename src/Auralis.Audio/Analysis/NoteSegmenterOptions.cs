namespace Auralis.Audio.Analysis;

/// <summary>How a pitch track is cut into notes.</summary>
/// <param name="MinConfidence">Frames less periodic than this count as gaps between notes.</param>
/// <param name="SplitCents">
/// How far (cents) from the note's running mean pitch two frames in a row must lie to start a new note. 60 keeps a
/// ±30-cent vibrato in one note while a semitone step still splits.
/// </param>
/// <param name="MinNoteSeconds">Shorter stretches are scoops, glides or glitches, not notes.</param>
public sealed record NoteSegmenterOptions(double MinConfidence = 0.5, double SplitCents = 60, double MinNoteSeconds = 0.04)
{
    /// <summary>The defaults.</summary>
    public static NoteSegmenterOptions Default { get; } = new();

    /// <summary>Refuses options no segmenter can work with.</summary>
    public void Validate()
    {
        if (!(MinConfidence is >= 0 and <= 1))
        {
            throw new ArgumentException($"The minimum confidence {MinConfidence} must lie in 0..1.");
        }

        if (!(SplitCents > 0) || double.IsInfinity(SplitCents))
        {
            throw new ArgumentException($"The split distance {SplitCents} cents must be positive.");
        }

        if (!(MinNoteSeconds >= 0) || double.IsInfinity(MinNoteSeconds))
        {
            throw new ArgumentException($"The shortest note {MinNoteSeconds} s must be zero or positive.");
        }
    }
}
