namespace Auralis.Music.Time;

/// <summary>A time signature: beats per bar over the note value of one beat (4/4, 3/4, 6/8, 7/8).</summary>
public readonly record struct TimeSignature
{
    /// <summary>Creates a time signature, refusing a beat count outside 1..32 or a beat unit that is not 1, 2, 4, 8, 16 or 32.</summary>
    public TimeSignature(int beatsPerBar, int beatUnit)
    {
        if (beatsPerBar is < 1 or > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(beatsPerBar), beatsPerBar, "A bar holds 1 to 32 beats.");
        }

        if (beatUnit is not (1 or 2 or 4 or 8 or 16 or 32))
        {
            throw new ArgumentOutOfRangeException(nameof(beatUnit), beatUnit, "The beat unit is 1, 2, 4, 8, 16 or 32.");
        }

        BeatsPerBar = beatsPerBar;
        BeatUnit = beatUnit;
    }

    /// <summary>4/4.</summary>
    public static TimeSignature CommonTime { get; } = new(4, 4);

    /// <summary>How many beats a bar holds (the upper number).</summary>
    public int BeatsPerBar { get; }

    /// <summary>The note value of one beat (the lower number: 4 = quarter, 8 = eighth).</summary>
    public int BeatUnit { get; }

    /// <summary>Ticks in one beat.</summary>
    public int TicksPerBeat => Ticks.PerWhole / BeatUnit;

    /// <summary>Ticks in one bar.</summary>
    public int TicksPerBar => TicksPerBeat * BeatsPerBar;

    /// <summary>Parses "7/8".</summary>
    public static TimeSignature Parse(string text)
    {
        var parts = (text ?? string.Empty).Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var beats)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var unit))
        {
            throw new FormatException($"'{text}' is not a time signature (expected e.g. \"4/4\" or \"7/8\").");
        }

        try
        {
            return new TimeSignature(beats, unit);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new FormatException($"'{text}' is not a valid time signature: {e.Message}", e);
        }
    }

    /// <summary>The bar, beat and tick of an absolute tick.</summary>
    public MusicalPosition PositionOf(long tick)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tick);
        var bar = tick / TicksPerBar;
        var inBar = (int)(tick - (bar * TicksPerBar));
        return new MusicalPosition(bar, inBar / TicksPerBeat, inBar % TicksPerBeat);
    }

    /// <summary>The absolute tick of a position.</summary>
    public long TickOf(MusicalPosition position) =>
        (position.Bar * TicksPerBar) + ((long)position.Beat * TicksPerBeat) + position.TickInBeat;

    /// <summary>True for a strong beat (0-based): the downbeat, and the middle of an even bar of four or more beats.</summary>
    public bool IsStrongBeat(int beat) => beat == 0 || (BeatsPerBar % 2 == 0 && BeatsPerBar >= 4 && beat == BeatsPerBar / 2);

    /// <inheritdoc />
    public override string ToString() => $"{BeatsPerBar}/{BeatUnit}";
}
