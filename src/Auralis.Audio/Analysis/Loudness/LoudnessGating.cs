namespace Auralis.Audio.Analysis.Loudness;

/// <summary>The gated statistics of BS.1770-4 and EBU Tech 3342 over a programme's block energies.</summary>
/// <remarks>An energy is the channel-weighted mean square of a K-weighted block; loudness is −0.691 + 10·log10(energy).</remarks>
public static class LoudnessGating
{
    /// <summary>Blocks quieter than this never count (BS.1770-4, EBU R128).</summary>
    public const double AbsoluteGateLufs = -70;

    /// <summary>The integrated loudness's relative gate, below the loudness of the absolutely gated blocks.</summary>
    public const double IntegratedRelativeGateLu = -10;

    /// <summary>The loudness range's relative gate (EBU Tech 3342).</summary>
    public const double RangeRelativeGateLu = -20;

    /// <summary>Loudness in LUFS of a mean-square energy (−∞ for silence).</summary>
    public static double LufsOf(double energy) => energy > 0 ? -0.691 + (10 * Math.Log10(energy)) : double.NegativeInfinity;

    /// <summary>The energy whose loudness is <paramref name="lufs"/>.</summary>
    public static double EnergyOf(double lufs) => Math.Pow(10, (lufs + 0.691) / 10);

    /// <summary>Integrated loudness over 400 ms momentary blocks: the mean energy of the blocks that pass both gates.</summary>
    public static double Integrated(IReadOnlyList<double> momentaryEnergies)
    {
        ArgumentNullException.ThrowIfNull(momentaryEnergies);
        var threshold = RelativeThreshold(momentaryEnergies, IntegratedRelativeGateLu);
        return LufsOf(MeanAbove(momentaryEnergies, threshold));
    }

    /// <summary>
    /// Loudness range in LU over 3 s short-term blocks: the spread between the 10th and 95th percentiles of the loudness of
    /// the blocks that pass the absolute gate and a gate 20 LU below their mean (0 when no block passes).
    /// </summary>
    public static double Range(IReadOnlyList<double> shortTermEnergies)
    {
        ArgumentNullException.ThrowIfNull(shortTermEnergies);
        var threshold = RelativeThreshold(shortTermEnergies, RangeRelativeGateLu);
        var passed = shortTermEnergies.Where(e => e > threshold).Select(LufsOf).Order().ToArray();
        return passed.Length == 0 ? 0 : Percentile(passed, 0.95) - Percentile(passed, 0.10);
    }

    private static double RelativeThreshold(IReadOnlyList<double> energies, double relativeGateLu)
    {
        var absolute = EnergyOf(AbsoluteGateLufs);
        var mean = MeanAbove(energies, absolute);
        return mean > 0 ? Math.Max(absolute, mean * Math.Pow(10, relativeGateLu / 10)) : absolute;
    }

    private static double MeanAbove(IReadOnlyList<double> energies, double threshold)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var energy in energies)
        {
            if (energy > threshold)
            {
                sum += energy;
                count++;
            }
        }

        return count == 0 ? 0 : sum / count;
    }

    // Linear interpolation between the closest ranks of an ascending array.
    private static double Percentile(double[] ascending, double fraction)
    {
        var rank = fraction * (ascending.Length - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, ascending.Length - 1);
        return ascending[below] + ((rank - below) * (ascending[above] - ascending[below]));
    }
}
