namespace Auralis.Audio.Analysis;

/// <summary>A note of an analysed line: where it is, what it was heard as, and how to bring it into the key.</summary>
public sealed record IntonatedNote(NoteSegment Segment, NoteReading Reading, PitchCorrection Correction)
{
    /// <summary>True when the note already lies within <paramref name="toleranceCents"/> of a key tone.</summary>
    public bool IsInTune(double toleranceCents = 10) => Math.Abs(Correction.Cents) <= toleranceCents;
}
