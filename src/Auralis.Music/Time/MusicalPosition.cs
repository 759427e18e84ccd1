namespace Auralis.Music.Time;

/// <summary>A position as a musician counts it: 0-based bar, 0-based beat in the bar, and ticks into the beat.</summary>
public readonly record struct MusicalPosition(long Bar, int Beat, int TickInBeat)
{
    /// <summary>"bar.beat.tick" counted from 1, as sequencers show it (bar 0, beat 0 is "1.1.0").</summary>
    public override string ToString() => $"{Bar + 1}.{Beat + 1}.{TickInBeat}";
}
