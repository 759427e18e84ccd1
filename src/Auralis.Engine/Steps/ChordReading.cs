using Auralis.Music.Form;
using Auralis.Music.Theory;

namespace Auralis.Engine.Steps;

/// <summary>What the conductor reads at a step: the chord sounding, the next one, where the step lies in the chord, and the rest of its reading (form, key, bass).</summary>
/// <remarks>An immutable copy, so a voice on another thread never reads a conductor that has since moved on.</remarks>
/// <param name="Current">The chord sounding at the step.</param>
/// <param name="Degree">The chord's Roman numeral in the key ("ii7", "V7/vi").</param>
/// <param name="Next">The chord that follows it.</param>
/// <param name="IsChordStart">True when the chord starts at the step's first tick.</param>
/// <param name="TicksUntilNextChord">Ticks from the step's first tick to the next chord.</param>
/// <param name="Conducted">The conductor's whole reading of the beat.</param>
public sealed record ChordReading(Chord Current, string Degree, Chord Next, bool IsChordStart, int TicksUntilNextChord, ConductedBeat Conducted)
{
    /// <summary>Reads the conductor's beat.</summary>
    public static ChordReading Of(ConductedBeat beat)
    {
        ArgumentNullException.ThrowIfNull(beat);
        return new ChordReading(beat.Current, beat.Chord.Degree, beat.Next, beat.IsChordStart, beat.TicksUntilNextChord, beat);
    }
}
