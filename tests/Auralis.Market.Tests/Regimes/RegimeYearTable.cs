using System.Globalization;
using System.Text;
using Auralis.Market.Regimes;
using Auralis.Market.Series;
using Auralis.Music.Harmony;

namespace Auralis.Market.Tests.Regimes;

/// <summary>What the detector reads per calendar year of a real series: regime shares, the dominant regime, switches.</summary>
internal sealed record RegimeYear(int Year, int Days, IReadOnlyDictionary<Regime, int> DaysIn, int Switches)
{
    public Regime Dominant => DaysIn.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key).First().Key;

    public double Share(Regime regime) => DaysIn.GetValueOrDefault(regime) / (double)Days;

    public static IReadOnlyList<RegimeYear> Tabulate(PriceSeries series, IReadOnlyList<RegimeReading> readings)
    {
        var years = new List<RegimeYear>();
        foreach (var group in Enumerable.Range(0, series.Count).GroupBy(i => series[i].Time.Year))
        {
            var indexes = group.ToList();
            var days = indexes.GroupBy(i => readings[i].Regime).ToDictionary(g => g.Key, g => g.Count());
            var switches = indexes.Count(i => i > 0 && readings[i].Regime != readings[i - 1].Regime);
            years.Add(new RegimeYear(group.Key, indexes.Count, days, switches));
        }

        return years;
    }

    public static string Format(IEnumerable<RegimeYear> years)
    {
        var text = new StringBuilder("| year | dominant | Bull | Bear | Sideways | Volatile | switches |\n|---|---|---|---|---|---|---|\n");
        foreach (var year in years)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {year.Year} | {year.Dominant} |");
            foreach (var regime in Enum.GetValues<Regime>())
            {
                text.Append(CultureInfo.InvariantCulture, $" {year.Share(regime) * 100:F0} % |");
            }

            text.Append(CultureInfo.InvariantCulture, $" {year.Switches} |\n");
        }

        return text.ToString();
    }
}
