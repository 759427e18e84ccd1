namespace Auralis.Music.Rhythm;

/// <summary>Euclidean rhythms E(k, n): k onsets spread as evenly as possible over n steps (Toussaint, 2005).</summary>
/// <remarks>
/// Computed with Bjorklund's algorithm (repeatedly pairing the remainder groups with the leading groups, as in
/// Euclid's division), which yields the necklaces of Toussaint's table up to rotation; the result is rotated so
/// it starts with an onset, then by <c>rotation</c> steps to the right.
/// </remarks>
public static class Euclidean
{
    /// <summary>The step grid of E(<paramref name="pulses"/>, <paramref name="steps"/>), true = onset.</summary>
    public static bool[] Steps(int pulses, int steps, int rotation = 0)
    {
        if (steps <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(steps), steps, "A Euclidean rhythm needs at least one step.");
        }

        if (pulses < 0 || pulses > steps)
        {
            throw new ArgumentOutOfRangeException(nameof(pulses), pulses, $"E(k, n) needs 0 <= k <= n; here n = {steps}.");
        }

        var grid = Bjorklund(pulses, steps);
        var shift = ((rotation % steps) + steps) % steps;
        return Enumerable.Range(0, steps).Select(i => grid[((i - shift) % steps + steps) % steps]).ToArray();
    }

    /// <summary>E(<paramref name="pulses"/>, <paramref name="steps"/>) as a pattern whose steps last <paramref name="stepTicks"/> each.</summary>
    public static RhythmPattern Pattern(int pulses, int steps, int stepTicks, int rotation = 0) =>
        RhythmPattern.FromSteps(Steps(pulses, steps, rotation), stepTicks);

    private static bool[] Bjorklund(int pulses, int steps)
    {
        if (pulses == 0)
        {
            return new bool[steps];
        }

        var heads = Enumerable.Range(0, pulses).Select(_ => new List<bool> { true }).ToList();
        var tails = Enumerable.Range(0, steps - pulses).Select(_ => new List<bool> { false }).ToList();
        while (tails.Count > 1)
        {
            var pairs = Math.Min(heads.Count, tails.Count);
            var joined = new List<List<bool>>(pairs);
            for (var i = 0; i < pairs; i++)
            {
                joined.Add([.. heads[i], .. tails[i]]);
            }

            var leftover = heads.Count > pairs ? heads.Skip(pairs).ToList() : tails.Skip(pairs).ToList();
            heads = joined;
            tails = leftover;
        }

        return heads.Concat(tails).SelectMany(group => group).ToArray();
    }
}
