using Auralis.Music.Harmony;
using Auralis.Music.Theory;

namespace Auralis.Engine.Composition;

/// <summary>What the harmonic clock reads at a step: the chord sounding, the next one, and where the step lies in the chord.</summary>
/// <remarks>An immutable copy, so a voice on another thread never reads a clock that has since moved on.</remarks>
/// <param name="Current">The chord sounding at the step.</param>
/// <param name="Degree">The chord's Roman numeral in the key ("ii7").</param>
/// <param name="Next">The chord that follows it.</param>
/// <param name="IsChordStart">True when the chord starts at the step's first tick.</param>
/// <param name="TicksUntilNextChord">Ticks from the step's first tick to the next chord.</param>
public sealed record ChordReading(Chord Current, string Degree, Chord Next, bool IsChordStart, int TicksUntilNextChord)
{
    /// <summary>Reads <paramref name="clock"/> where it stands.</summary>
    public static ChordReading Of(HarmonicClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new ChordReading(clock.CurrentChord, clock.CurrentDegree.Text, clock.NextChord, clock.IsChordStart, clock.TicksUntilNextChord);
    }
}
