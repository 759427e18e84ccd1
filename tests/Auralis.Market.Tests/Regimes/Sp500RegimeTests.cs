using Auralis.Market.Regimes;
using Auralis.Market.Series;
using Auralis.Music.Harmony;
using Xunit.Abstractions;

namespace Auralis.Market.Tests.Regimes;

public sealed class Sp500RegimeTests(ITestOutputHelper output)
{
    private static readonly PriceSeries Sp500 = BuiltInSeries.Sp500();
    private static readonly IReadOnlyList<RegimeReading> Readings = RegimeDetector.ReadAll(Sp500.Prices);

    [Fact]
    public void The_autumn_2008_crash_reads_as_bear()
    {
        var crash = Between("2008-09-15", "2008-11-28");

        Assert.True(crash.Count > 50);
        Assert.All(crash, reading => Assert.Equal(Regime.Bear, reading.Regime));
    }

    [Fact]
    public void The_wild_weeks_after_the_march_2020_crash_read_as_volatile()
    {
        var days = Between("2020-03-16", "2020-04-17");

        Assert.All(days, reading => Assert.True(reading.VolatilityPercent > 40));
        Assert.All(days, reading => Assert.Equal(Regime.Volatile, reading.Regime));
    }

    [Fact]
    public void The_calm_climb_of_2017_never_reads_as_bear_or_volatile()
    {
        var year = Between("2017-01-01", "2017-12-31");

        Assert.DoesNotContain(year, reading => reading.Regime is Regime.Bear or Regime.Volatile);
        Assert.Contains(year, reading => reading.Regime == Regime.Bull);
    }

    [Fact]
    public void The_regime_does_not_flicker()
    {
        var years = RegimeYear.Tabulate(Sp500, Readings);
        var runs = RunLengths(Readings.Select(reading => reading.Regime).ToList());

        Assert.All(years, year => Assert.True(year.Switches <= 12, $"{year.Year} switched {year.Switches} times"));
        Assert.True(runs.Skip(1).SkipLast(1).Min() >= RegimeDetectorOptions.Default.MinimumDwell);
        Assert.True(runs.Average() > 40, $"mean run {runs.Average():F1} days");
    }

    [Fact]
    public void Every_regime_appears_and_the_years_read_as_history_remembers_them()
    {
        var years = RegimeYear.Tabulate(Sp500, Readings).ToDictionary(year => year.Year);
        output.WriteLine(RegimeYear.Format(years.Values));

        Assert.Equal(Regime.Bear, years[2001].Dominant);
        Assert.Equal(Regime.Bear, years[2008].Dominant);
        Assert.Equal(Regime.Bull, years[2003].Dominant);
        Assert.Equal(Regime.Bull, years[2013].Dominant);
        Assert.All(Enum.GetValues<Regime>(), regime => Assert.Contains(Readings, reading => reading.Regime == regime));
        Assert.All(years.Values, year => Assert.Equal(year.Days, year.DaysIn.Values.Sum()));
    }

    private static List<RegimeReading> Between(string first, string last)
    {
        var from = DateTimeOffset.Parse(first + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var to = DateTimeOffset.Parse(last + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        return Enumerable.Range(0, Sp500.Count).Where(i => Sp500[i].Time >= from && Sp500[i].Time <= to).Select(i => Readings[i]).ToList();
    }

    private static List<int> RunLengths(List<Regime> regimes)
    {
        var lengths = new List<int> { 1 };
        for (var i = 1; i < regimes.Count; i++)
        {
            if (regimes[i] == regimes[i - 1])
            {
                lengths[^1]++;
            }
            else
            {
                lengths.Add(1);
            }
        }

        return lengths;
    }
}
