using Auralis.Market.Regimes;
using Auralis.Market.Series;
using Auralis.Music.Harmony;

namespace Auralis.Market.Tests.Series;

public sealed class SeriesReplayTests
{
    private static readonly PriceSeries Short = PriceSeriesReader.Parse("date,price\n2020-01-01,100\n2020-01-02,110\n2020-01-03,99\n2020-01-04,120\n", "short");

    [Fact]
    public void The_replay_plays_each_price_once_per_step()
    {
        var replay = new SeriesReplay(Short);

        var moves = Enumerable.Range(0, 4).Select(_ => replay.Next()).ToList();

        Assert.Equal([100.0, 110, 99, 120], moves.Select(move => move.Price));
        Assert.Equal([100.0, 100, 110, 99], moves.Select(move => move.PreviousPrice));
    }

    [Fact]
    public void Past_the_end_the_series_loops_scaled_so_the_join_repeats_its_first_move()
    {
        var replay = new SeriesReplay(Short);

        var prices = Enumerable.Range(0, 10).Select(_ => replay.Next().Price).ToList();

        // Each later pass skips the first price and is scaled by 120/100, so step 4 moves +10 % from 120.
        Assert.Equal([100.0, 110, 99, 120, 132, 118.8, 144, 158.4, 142.56, 172.8], prices, new ToleranceComparer(1e-9));
    }

    [Fact]
    public void Its_regimes_are_the_detectors_readings_of_the_same_prices()
    {
        var sp500 = BuiltInSeries.Sp500();
        var replay = new SeriesReplay(sp500);

        var regimes = Enumerable.Range(0, sp500.Count).Select(_ => replay.Next().Regime);

        Assert.Equal(RegimeDetector.ReadAll(sp500.Prices).Select(reading => reading.Regime), regimes);
    }

    [Fact]
    public void A_replay_resumed_at_a_step_continues_exactly_as_the_original()
    {
        var original = new SeriesReplay(BuiltInSeries.Sp500());
        for (var i = 0; i < 2_200; i++)
        {
            original.Next();
        }

        var resumed = new SeriesReplay(BuiltInSeries.Sp500(), startStep: 2_200);

        Assert.Equal(
            Enumerable.Range(0, 300).Select(_ => original.Next()),
            Enumerable.Range(0, 300).Select(_ => resumed.Next()));
    }

    [Fact]
    public void A_forced_regime_overrides_the_detector_until_released()
    {
        var replay = new SeriesReplay(BuiltInSeries.Sp500(), startStep: 2_200);
        replay.ForceRegime(Regime.Bull);

        Assert.All(Enumerable.Range(0, 50).Select(_ => replay.Next()), move => Assert.Equal(Regime.Bull, move.Regime));

        replay.ReleaseRegime();
        Assert.Equal(Regime.Bear, replay.Next().Regime);
    }
}
