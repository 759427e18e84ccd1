using Auralis.Market.Trading;

namespace Auralis.Market.Tests.Trading;

public sealed class StrategyTests
{
    [Fact]
    public void The_crossover_bot_buys_on_the_golden_cross_and_sells_on_the_death_cross()
    {
        // Flat for 30 steps, up 1 a step for 30, then down 1 a step for 40.
        var prices = Enumerable.Repeat(100.0, 30)
            .Concat(Enumerable.Range(1, 30).Select(i => 100.0 + i))
            .Concat(Enumerable.Range(1, 40).Select(i => 130.0 - i))
            .ToList();

        var trades = Trade(new MovingAverageCrossover(fast: 5, slow: 20), prices);

        Assert.Equal([TradeSide.Buy, TradeSide.Sell], trades.Select(trade => trade.Side));
        Assert.Equal(30, trades[0].Step);
        Assert.InRange(trades[1].Step, 61, 75);
    }

    [Fact]
    public void The_momentum_bot_buys_once_the_rise_reaches_its_threshold_and_sells_when_it_fades()
    {
        // Flat, then +0.5 % a step from step 20 to 39, then flat again from step 40.
        var prices = new List<double>();
        for (var step = 0; step < 70; step++)
        {
            prices.Add(100 * Math.Pow(1.005, Math.Clamp(step - 19, 0, 20)));
        }

        var trades = Trade(new Momentum(period: 10, enterPercent: 2.0, exitPercent: 0.0), prices);

        // 1.005⁴ − 1 = 2.02 % is the first ten-step return at or above 2 %; ten flat steps bring it back to 0.
        Assert.Equal([(23L, TradeSide.Buy), (49L, TradeSide.Sell)], trades.Select(trade => (trade.Step, trade.Side)));
    }

    [Fact]
    public void The_mean_reversion_bot_buys_the_dip_and_sells_the_recovery()
    {
        var prices = Enumerable.Range(0, 30).Select(i => i % 2 == 0 ? 100.0 : 100.4).ToList();
        prices.AddRange([97.0, 98.5, 100.6, 100.0]);

        var trades = Trade(new MeanReversion(window: 20, entryDeviations: 2.0, exitDeviations: 0.0), prices);

        Assert.Equal([(30L, TradeSide.Buy, 97.0), (32L, TradeSide.Sell, 100.6)], trades.Select(trade => (trade.Step, trade.Side, trade.Price)));
    }

    [Fact]
    public void Strategies_hold_until_they_have_seen_enough_prices()
    {
        var window = new RollingWindow(30);
        ITradingStrategy[] strategies = [new MovingAverageCrossover(3, 8), new Momentum(5, 1, 0), new MeanReversion(6, 1, 0)];
        for (var i = 0; i < 5; i++)
        {
            window.Add(100 - (10 * i));
        }

        Assert.All(strategies, strategy => Assert.Equal(TradeSignal.Hold, strategy.Decide(window)));
    }

    [Fact]
    public void Contradictory_settings_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MovingAverageCrossover(fast: 20, slow: 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Momentum(enterPercent: 1, exitPercent: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeanReversion(window: 1));
    }

    private static List<Trade> Trade(ITradingStrategy strategy, IReadOnlyList<double> prices)
    {
        var simulator = new TradeSimulator(1, [new TradingBot("bot", strategy, minQuantity: 4, maxQuantity: 4)]);
        var trades = new List<Trade>();
        for (var step = 0; step < prices.Count; step++)
        {
            trades.AddRange(simulator.Observe(step, prices[step]));
        }

        return trades;
    }
}
