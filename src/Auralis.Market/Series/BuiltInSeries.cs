namespace Auralis.Market.Series;

/// <summary>The real price series that ship inside Auralis.</summary>
public static class BuiltInSeries
{
    private const string Sp500Resource = "Auralis.Market.Data.sp500-2000.csv";
    private static readonly Lazy<PriceSeries> Sp500Series = new(LoadSp500);

    /// <summary>
    /// Daily S&amp;P 500 adjusted closes from 2000-01-03 to 2020-04-17 (5,105 trading days), from the vega-datasets
    /// package (BSD-3-Clause; see Data/README.md in the source).
    /// </summary>
    public static PriceSeries Sp500() => Sp500Series.Value;

    private static PriceSeries LoadSp500()
    {
        using var stream = typeof(BuiltInSeries).Assembly.GetManifestResourceStream(Sp500Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Sp500Resource} is missing from {typeof(BuiltInSeries).Assembly.GetName().Name}.");
        return PriceSeriesReader.Read(stream, "S&P 500");
    }
}
