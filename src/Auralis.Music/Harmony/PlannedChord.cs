using Auralis.Music.Theory;

namespace Auralis.Music.Harmony;

/// <summary>A chord of a phrase's plan: its numeral, when it starts and how long it lasts.</summary>
/// <param name="Numeral">The chord's Roman numeral in the key, or, for a secondary dominant, the chord it leads to.</param>
/// <param name="SecondaryDominant">True when the chord is the dominant seventh of <paramref name="Numeral"/>'s chord (V7/x).</param>
/// <param name="StartTick">The tick the chord starts at.</param>
/// <param name="LengthTicks">How long it lasts.</param>
public sealed record PlannedChord(RomanNumeral Numeral, bool SecondaryDominant, long StartTick, int LengthTicks)
{
    /// <summary>The tick after the chord's last.</summary>
    public long EndTick => StartTick + LengthTicks;

    /// <summary>The chord as it sounds in <paramref name="key"/>.</summary>
    public Chord ChordIn(Key key)
    {
        var chord = Numeral.ChordIn(key);
        return SecondaryDominant ? new Chord(chord.Root + 7, ChordQuality.Dominant7) : chord;
    }

    /// <summary>The chord's Roman numeral as written ("vi", "V7/ii").</summary>
    public string Degree => SecondaryDominant ? $"V7/{Numeral.Text}" : Numeral.Text;
}
