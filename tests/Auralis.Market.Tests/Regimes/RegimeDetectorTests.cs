using Auralis.Market.Regimes;
using Auralis.Music.Harmony;

namespace Auralis.Market.Tests.Regimes;

public sealed class RegimeDetectorTests
{
    // Compounding g per step gives a trend of exactly 63·ln(1 + g) over the window and no volatility at all.
    private static IEnumerable<double> Compounding(double start, double growth, int steps) =>
        Enumerable.Range(1, steps).Select(i => start * Math.Pow(1 + growth, i));

    [Fact]
    public void A_steady_rise_reads_as_bull_and_a_steady_fall_as_bear()
    {
        var rise = RegimeDetector.ReadAll(Compounding(100, 0.002, 200));
        var fall = RegimeDetector.ReadAll(Compounding(100, -0.002, 200));

        Assert.Equal(Regime.Bull, rise[^1].Regime);
        Assert.Equal(63 * Math.Log(1.002) * 100, rise[^1].TrendPercent, 9);
        Assert.Equal(Regime.Bear, fall[^1].Regime);
    }

    [Fact]
    public void Wild_swings_without_a_trend_read_as_volatile_and_gentle_ones_as_sideways()
    {
        var wild = RegimeDetector.ReadAll(Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? 100.0 : 103.0));
        var gentle = RegimeDetector.ReadAll(Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? 100.0 : 100.3));

        Assert.Equal(Regime.Volatile, wild[^1].Regime);
        Assert.True(wild[^1].VolatilityPercent > 40);
        Assert.Equal(Regime.Sideways, gentle[^1].Regime);
    }

    [Fact]
    public void The_regime_stays_sideways_and_cold_until_the_windows_fill()
    {
        var readings = RegimeDetector.ReadAll(Compounding(100, 0.01, 70));

        Assert.All(readings.Take(63), reading => Assert.Equal(new RegimeReading(Regime.Sideways, 0, 0, IsWarm: false), reading));
        Assert.True(readings[63].IsWarm);
        Assert.Equal(Regime.Bull, readings[63].Regime);
    }

    [Fact]
    public void A_bull_market_is_left_at_a_looser_threshold_than_it_was_entered_at()
    {
        // +8 % per quarter enters Bull; +4 % would not enter it, but is still above the 2 % at which Bull is left.
        var entering = Compounding(100, Math.Exp(0.08 / 63) - 1, 150).ToList();
        var cooling = Compounding(entering[^1], Math.Exp(0.04 / 63) - 1, 150).ToList();
        var fading = Compounding(cooling[^1], Math.Exp(0.01 / 63) - 1, 150).ToList();

        var readings = RegimeDetector.ReadAll(entering.Concat(cooling).Concat(fading));
        var fresh = RegimeDetector.ReadAll(Compounding(100, Math.Exp(0.04 / 63) - 1, 150));

        Assert.Equal(Regime.Bull, readings[149].Regime);
        Assert.All(readings.Skip(150).Take(150), reading => Assert.Equal(Regime.Bull, reading.Regime));
        Assert.Equal(Regime.Sideways, readings[^1].Regime);
        Assert.Equal(Regime.Sideways, fresh[^1].Regime);
    }

    [Fact]
    public void A_new_regime_is_kept_for_the_minimum_dwell_even_if_the_market_turns_at_once()
    {
        var options = RegimeDetectorOptions.Default with { MinimumDwell = 30 };
        var prices = Compounding(100, 0.0, 100).Concat(Compounding(100, 0.003, 40)).ToList();
        prices.AddRange(Compounding(prices[^1], -0.01, 60));

        var regimes = RegimeDetector.ReadAll(prices, options).Select(reading => reading.Regime).ToList();
        var bullStart = regimes.IndexOf(Regime.Bull);
        var bullEnd = regimes.FindIndex(bullStart, regime => regime != Regime.Bull);

        Assert.True(bullStart > 100);
        Assert.True(bullEnd - bullStart >= 30);
        Assert.Equal(Regime.Bear, regimes[^1]);
    }

    [Fact]
    public void A_clear_trend_outranks_volatility()
    {
        // Alternating ±3 % swings on top of a 1 % a step fall: wild, but the fall is far larger than the noise.
        var prices = Enumerable.Range(0, 200).Select(i => 100 * Math.Pow(0.99, i) * (i % 2 == 0 ? 1.0 : 1.03));

        var last = RegimeDetector.ReadAll(prices)[^1];

        Assert.True(last.VolatilityPercent > 30);
        Assert.Equal(Regime.Bear, last.Regime);
    }

    [Fact]
    public void An_exit_threshold_stricter_than_its_entry_is_refused_naming_both()
    {
        var error = Assert.Throws<ArgumentException>(() => new RegimeDetector(RegimeDetectorOptions.Default with { BullExitPercent = 7 }));

        Assert.Contains("BullExitPercent", error.Message);
        Assert.Contains("BullEnterPercent", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RegimeDetector(RegimeDetectorOptions.Default with { TrendWindow = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RegimeDetector().Observe(-1));
    }
}
