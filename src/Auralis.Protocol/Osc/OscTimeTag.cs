using System.Globalization;

namespace Auralis.Protocol.Osc;

/// <summary>An OSC timetag: a 64-bit NTP time, whole seconds since 1900-01-01 UTC in the high 32 bits and the fraction in the low.</summary>
/// <remarks>
/// The value 1 means "immediately" and is no point in time. Conversions follow RFC 4330's era rule so that tags keep working
/// after the 32-bit seconds wrap on 2036-02-07: seconds with the top bit set are 1968–2036, without it 2036–2104. A
/// <see cref="DateTimeOffset"/> survives the trip through a tag to the tick; a tag (232 ps resolution) does not survive the
/// trip through a <see cref="DateTimeOffset"/> (100 ns).
/// </remarks>
public readonly record struct OscTimeTag(ulong Value)
{
    private const long TicksPerSecond = TimeSpan.TicksPerSecond;

    private static readonly DateTimeOffset Era0 = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Era1 = Era0.AddSeconds(1L << 32);

    /// <summary>The earliest time a tag can carry with the era rule: 1968-01-20 03:14:08 UTC.</summary>
    public static readonly DateTimeOffset MinTime = Era0.AddSeconds(1L << 31);

    /// <summary>The first time past the latest a tag can carry with the era rule: 2104-02-26 09:42:24 UTC.</summary>
    public static readonly DateTimeOffset EndTime = Era1.AddSeconds(1L << 31);

    /// <summary>The tag that means "as soon as it arrives".</summary>
    public static OscTimeTag Immediately => new(1);

    /// <summary>True for the tag that means "immediately".</summary>
    public bool IsImmediately => Value == 1;

    /// <summary>The whole seconds since the start of the tag's era.</summary>
    public uint Seconds => (uint)(Value >> 32);

    /// <summary>The fraction of a second, in units of 2^-32 s.</summary>
    public uint Fraction => (uint)Value;

    /// <summary>The tag of a point in time from <see cref="MinTime"/> up to (not including) <see cref="EndTime"/>.</summary>
    public static OscTimeTag FromDateTimeOffset(DateTimeOffset time)
    {
        if (time < MinTime || time >= EndTime)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"An OSC timetag carries times from {MinTime:O} up to {EndTime:O}.");
        }

        var sinceEra = time - (time >= Era1 ? Era1 : Era0);
        var seconds = (ulong)(sinceEra.Ticks / TicksPerSecond);
        var ticks = (ulong)(sinceEra.Ticks % TicksPerSecond);

        // Rounding the fraction up makes the way back (which rounds down) land on the same tick.
        var fraction = ((ticks << 32) + (TicksPerSecond - 1)) / TicksPerSecond;
        return new OscTimeTag((seconds << 32) | fraction);
    }

    /// <summary>The point in time of this tag (rounded down to the tick); check <see cref="IsImmediately"/> first.</summary>
    public DateTimeOffset ToDateTimeOffset()
    {
        var era = (Seconds & 0x8000_0000u) != 0 ? Era0 : Era1;
        var ticks = ((long)Seconds * TicksPerSecond) + (long)(((ulong)Fraction * TicksPerSecond) >> 32);
        return era.AddTicks(ticks);
    }

    /// <inheritdoc />
    public override string ToString() => IsImmediately ? "immediately" : ToDateTimeOffset().ToString("O", CultureInfo.InvariantCulture);
}
