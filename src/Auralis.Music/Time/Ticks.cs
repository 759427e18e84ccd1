namespace Auralis.Music.Time;

/// <summary>Musical time: Auralis counts ticks, 480 to the quarter note, as MIDI files and sequencers do.</summary>
public static class Ticks
{
    /// <summary>Ticks in a quarter note.</summary>
    public const int PerQuarter = 480;

    /// <summary>Ticks in a whole note.</summary>
    public const int PerWhole = PerQuarter * 4;

    /// <summary>Ticks in an eighth note.</summary>
    public const int PerEighth = PerQuarter / 2;

    /// <summary>Ticks in a sixteenth note.</summary>
    public const int PerSixteenth = PerQuarter / 4;
}
