namespace Auralis.Music.Rhythm;

/// <summary>Schillinger's resultants of interference: the rhythm made by two or three periodic pulses sounding together.</summary>
/// <remarks>
/// Each generator strikes on every multiple of itself; over their common period (the least common multiple, which
/// is the product when they share no factor, as in Schillinger's tables) the union of the strikes gives the
/// resultant. 3 ÷ 2 gives 2 1 1 2; 4 ÷ 3 gives 3 1 2 2 1 3; 3 ÷ 2 ÷ … of three generators works the same way.
/// </remarks>
public static class Interference
{
    /// <summary>The durations of the resultant of <paramref name="generators"/> (two or three positive periods), in units.</summary>
    public static int[] Resultant(params int[] generators)
    {
        if (generators is null || generators.Length is < 2 or > 3)
        {
            throw new ArgumentException("A resultant of interference takes two or three generators.", nameof(generators));
        }

        if (generators.Any(g => g <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(generators), string.Join(", ", generators), "Every generator must be a positive period.");
        }

        var period = generators.Aggregate(1L, (lcm, g) => lcm / Gcd(lcm, g) * g);
        if (period > 1 << 20)
        {
            throw new ArgumentOutOfRangeException(nameof(generators), string.Join(", ", generators), "The generators' common period is too long to be a rhythm.");
        }

        var strikes = new SortedSet<long> { period };
        foreach (var generator in generators)
        {
            for (long t = 0; t < period; t += generator)
            {
                strikes.Add(t);
            }
        }

        return strikes.Zip(strikes.Skip(1), (a, b) => (int)(b - a)).ToArray();
    }

    /// <summary>The resultant as a pattern whose unit lasts <paramref name="unitTicks"/>.</summary>
    public static RhythmPattern Pattern(int unitTicks, params int[] generators) =>
        RhythmPattern.FromDurations(Resultant(generators), unitTicks);

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
