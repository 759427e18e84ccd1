using Auralis.Music.Harmony;
using Auralis.Music.Theory;

namespace Auralis.Music.Form;

/// <summary>What the conductor says of one beat: where it lies in the form, the key and chord there, and the bass line under it.</summary>
/// <param name="Form">The bar's place in the form and its energy.</param>
/// <param name="Key">The key in force (the session's, moved by the section's modulation).</param>
/// <param name="Chord">The planned chord sounding at the beat.</param>
/// <param name="Current">That chord in <paramref name="Key"/>.</param>
/// <param name="Next">The chord after it (the phrase's last chord is followed by the tonic until the next phrase is planned).</param>
/// <param name="IsChordStart">True when the chord starts at the beat.</param>
/// <param name="TicksUntilNextChord">Ticks from the beat to the chord's end.</param>
/// <param name="Bass">The bass line's notes across the chord, planned when it started.</param>
public sealed record ConductedBeat(FormMoment Form, Key Key, PlannedChord Chord, Chord Current, Chord Next, bool IsChordStart, int TicksUntilNextChord,
    IReadOnlyList<Note> Bass)
{
    /// <summary>The bass pitch sounding at <paramref name="tick"/>, or null where the bass rests.</summary>
    public Pitch? BassAt(long tick)
    {
        Pitch? sounding = null;
        foreach (var note in Bass)
        {
            if (note.Tick <= tick && tick < note.EndTick)
            {
                sounding = note.Pitch;
            }
        }

        return sounding;
    }
}
