using Auralis.Market.Series;

namespace Auralis.Benchmarks.Music;

/// <summary>One session of the music benchmark's matrix: its seed, regime, dials, and the price series it plays (if any).</summary>
internal sealed record MusicCase(string Label, ulong Seed, string Regime, double Intensity, double Sensitivity, PriceSeries? Series = null)
{
    /// <summary>True when the regime is forced rather than read from the prices.</summary>
    public bool IsForced => Regime != "auto";

    /// <summary>
    /// The fixed matrix: four forced regimes and auto on seeds 1 and 2 at intensity 0.5, sensitivity 2; auto at intensity
    /// 0.2 and 0.8; auto at sensitivity 0.5 and 8; and the S&amp;P 500's 2013 closes, one per beat (on seed 1, or on each
    /// of other <paramref name="seeds"/> given).
    /// </summary>
    public static IReadOnlyList<MusicCase> Matrix(PriceSeries sp500Year, IReadOnlyList<ulong>? seeds = null)
    {
        var cases = new List<MusicCase>();
        seeds ??= [1, 2];
        foreach (var regime in new[] { "bull", "bear", "sideways", "volatile", "auto" })
        {
            cases.AddRange(seeds.Select(seed => Of(seed, regime, 0.5, 2)));
        }

        foreach (var intensity in new[] { 0.2, 0.8 })
        {
            cases.AddRange(seeds.Select(seed => Of(seed, "auto", intensity, 2)));
        }

        foreach (var sensitivity in new[] { 0.5, 8.0 })
        {
            cases.AddRange(seeds.Select(seed => Of(seed, "auto", 0.5, sensitivity)));
        }

        cases.AddRange((seeds.SequenceEqual([1UL, 2UL]) ? [1UL] : seeds).Select(seed => new MusicCase($"{sp500Year.Name} s{seed}", seed, "auto", 0.5, 2, sp500Year)));
        return cases;
    }

    private static MusicCase Of(ulong seed, string regime, double intensity, double sensitivity) =>
        new($"{regime} s{seed} i{intensity:0.0#} x{sensitivity:0.##}", seed, regime, intensity, sensitivity);
}
