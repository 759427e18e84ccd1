namespace Auralis.Music.Theory;

/// <summary>A sounding note on the tick timeline: where it starts, how long it lasts, its pitch and its velocity (1..127).</summary>
public readonly record struct Note
{
    /// <summary>Creates a note, refusing a negative start, a non-positive duration or a velocity outside 1..127.</summary>
    public Note(long tick, int durationTicks, Pitch pitch, int velocity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tick);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(durationTicks);
        if (velocity is < 1 or > 127)
        {
            throw new ArgumentOutOfRangeException(nameof(velocity), velocity, "A note's velocity lies in 1..127.");
        }

        Tick = tick;
        DurationTicks = durationTicks;
        Pitch = pitch;
        Velocity = velocity;
    }

    /// <summary>The tick at which the note starts.</summary>
    public long Tick { get; init; }

    /// <summary>How many ticks the note lasts.</summary>
    public int DurationTicks { get; init; }

    /// <summary>The note's pitch.</summary>
    public Pitch Pitch { get; init; }

    /// <summary>How hard the note is struck, 1..127.</summary>
    public int Velocity { get; init; }

    /// <summary>The tick at which the note stops sounding.</summary>
    public long EndTick => Tick + DurationTicks;

    /// <summary>Deconstructs the note into its parts.</summary>
    public void Deconstruct(out long tick, out int durationTicks, out Pitch pitch, out int velocity) =>
        (tick, durationTicks, pitch, velocity) = (Tick, DurationTicks, Pitch, Velocity);
}
