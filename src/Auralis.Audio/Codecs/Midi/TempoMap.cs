namespace Auralis.Audio.Codecs.Midi;

/// <summary>Converts between ticks and seconds through a list of tempo changes (120 BPM until the first one).</summary>
public sealed class TempoMap
{
    private const int DefaultMicrosecondsPerQuarter = 500_000;
    private readonly (long Tick, double Seconds, int MicrosecondsPerQuarter)[] _segments;

    /// <summary>Builds the map for a file of <paramref name="ticksPerQuarter"/> from its tempo changes.</summary>
    public TempoMap(int ticksPerQuarter, IEnumerable<TempoChange> changes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ticksPerQuarter);
        TicksPerQuarter = ticksPerQuarter;
        var segments = new List<(long, double, int)> { (0, 0, DefaultMicrosecondsPerQuarter) };
        foreach (var change in changes.OrderBy(c => c.Tick))
        {
            var (tick, seconds, tempo) = segments[^1];
            var at = seconds + ((change.Tick - tick) * tempo / 1_000_000.0 / ticksPerQuarter);
            if (change.Tick == tick)
            {
                segments[^1] = (tick, seconds, change.MicrosecondsPerQuarter);
            }
            else
            {
                segments.Add((change.Tick, at, change.MicrosecondsPerQuarter));
            }
        }

        _segments = [.. segments];
    }

    /// <summary>The division the map counts in.</summary>
    public int TicksPerQuarter { get; }

    /// <summary>The time in seconds of <paramref name="tick"/>.</summary>
    public double SecondsAt(long tick)
    {
        var segment = _segments[Array.FindLastIndex(_segments, s => s.Tick <= tick)];
        return segment.Seconds + ((tick - segment.Tick) * segment.MicrosecondsPerQuarter / 1_000_000.0 / TicksPerQuarter);
    }

    /// <summary>The tick sounding at <paramref name="seconds"/> (rounded down).</summary>
    public long TickAt(double seconds)
    {
        var segment = _segments[Array.FindLastIndex(_segments, s => s.Seconds <= seconds)];
        return segment.Tick + (long)Math.Floor((seconds - segment.Seconds) * 1_000_000.0 * TicksPerQuarter / segment.MicrosecondsPerQuarter + 1e-9);
    }
}
