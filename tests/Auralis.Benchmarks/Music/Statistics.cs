namespace Auralis.Benchmarks.Music;

/// <summary>The few statistics the figures need.</summary>
internal static class Statistics
{
    /// <summary>Pearson's correlation of the pairs (NaN with fewer than three pairs or when either side is constant).</summary>
    public static double Pearson(IReadOnlyList<(double X, double Y)> pairs)
    {
        if (pairs.Count < 3)
        {
            return double.NaN;
        }

        var meanX = pairs.Average(p => p.X);
        var meanY = pairs.Average(p => p.Y);
        double covariance = 0, varianceX = 0, varianceY = 0;
        foreach (var (x, y) in pairs)
        {
            covariance += (x - meanX) * (y - meanY);
            varianceX += (x - meanX) * (x - meanX);
            varianceY += (y - meanY) * (y - meanY);
        }

        return varianceX > 0 && varianceY > 0 ? covariance / Math.Sqrt(varianceX * varianceY) : double.NaN;
    }

    /// <summary>The population standard deviation (0 for fewer than two values).</summary>
    public static double StandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
    }

    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/> (0 when the whole is empty).</summary>
    public static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
