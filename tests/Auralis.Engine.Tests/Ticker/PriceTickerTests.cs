using Auralis.Engine.Sessions;
using Auralis.Engine.Ticker;
using Auralis.Music.Harmony;

namespace Auralis.Engine.Tests.Ticker;

public sealed class PriceTickerTests
{
    private static List<TickerStep> Run(PriceTicker ticker, int steps) => Enumerable.Range(0, steps).Select(_ => ticker.Next()).ToList();

    [Fact]
    public void The_same_seed_gives_the_same_prices_and_trades()
    {
        var first = Run(new PriceTicker(7, RegimeSource.Simulated), 500);
        var second = Run(new PriceTicker(7, RegimeSource.Simulated), 500);

        Assert.Equal(first.Select(s => s.Move), second.Select(s => s.Move));
        Assert.Equal(first.SelectMany(s => s.Trades), second.SelectMany(s => s.Trades));
        Assert.NotEqual(first.Select(s => s.Move.Price), Run(new PriceTicker(8, RegimeSource.Simulated), 500).Select(s => s.Move.Price));
    }

    [Fact]
    public void The_sp500_source_plays_the_real_series_from_its_first_day()
    {
        var steps = Run(new PriceTicker(1, RegimeSource.Sp500), 3);

        Assert.Equal(1455.219971, steps[0].Move.PreviousPrice, 6);
        Assert.Equal(1399.420044, steps[1].Move.Price, 6);
    }

    [Fact]
    public void External_prices_hold_between_observations()
    {
        var ticker = new PriceTicker(1, RegimeSource.External);
        ticker.Observe(100);
        var first = ticker.Next();
        ticker.Observe(102);
        var rise = ticker.Next();
        var held = ticker.Next();

        Assert.Equal(0, first.Move.ChangePercent, 9);
        Assert.Equal(2, rise.Move.ChangePercent, 9);
        Assert.Equal(102, held.Move.Price);
        Assert.Equal(0, held.Move.ChangePercent, 9);
    }

    [Fact]
    public void A_forced_regime_holds_whatever_the_prices_do()
    {
        var ticker = new PriceTicker(3, RegimeSource.Sp500);
        ticker.ForceRegime(Regime.Volatile);

        Assert.All(Run(ticker, 300), step => Assert.Equal(Regime.Volatile, step.Move.Regime));
        ticker.ForceRegime(null);
        Assert.Contains(Run(ticker, 2000), step => step.Move.Regime != Regime.Volatile);
    }

    [Fact]
    public void Steps_count_on_across_a_source_switch()
    {
        var ticker = new PriceTicker(5, RegimeSource.Simulated);
        Run(ticker, 10);

        ticker.SwitchSource(RegimeSource.Sp500);
        var step = ticker.Next();

        Assert.Equal(10, step.Move.Step);
        Assert.Equal(RegimeSource.Sp500, ticker.Source);
        Assert.InRange(step.Move.ChangePercent, -10, 10);
    }

    [Fact]
    public void The_first_outside_price_is_the_baseline_not_a_move_from_a_hundred()
    {
        var ticker = new PriceTicker(1, RegimeSource.External);
        var silent = ticker.Next();
        ticker.Observe(1455.22);
        var first = ticker.Next();

        Assert.Equal(0, silent.Move.ChangePercent);
        Assert.Equal(0, first.Move.ChangePercent);
        Assert.Equal(1455.22, first.Move.Price);
    }

    [Fact]
    public void A_series_of_n_prices_becomes_n_moves_at_its_pace_and_then_the_source_plays_on()
    {
        var ticker = new PriceTicker(3, RegimeSource.Simulated);
        double[] series = [50, 51, 49.5, 52, 53];
        ticker.PlaySeries(series, stepsPerPrice: 2);

        var steps = Run(ticker, 12);

        Assert.Equal(series, steps.Take(9).Where((_, i) => i % 2 == 0).Select(s => s.Move.Price));
        Assert.All(steps.Take(9).Where((_, i) => i % 2 == 1), s => Assert.Equal(0, s.Move.ChangePercent));
        Assert.Equal(4, steps.Take(9).Count(s => s.Move.ChangePercent != 0));
        Assert.All(steps.Skip(9), s => Assert.NotEqual(53, s.Move.Price));
    }
}
