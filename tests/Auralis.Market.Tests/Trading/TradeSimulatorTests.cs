using Auralis.Market.Trading;
using Auralis.Market.Walk;

namespace Auralis.Market.Tests.Trading;

public sealed class TradeSimulatorTests
{
    [Fact]
    public void The_same_seed_makes_the_same_trades_and_another_seed_other_lot_sizes()
    {
        var first = RunHouseBots(seed: 5, walkSeed: 8);
        var again = RunHouseBots(seed: 5, walkSeed: 8);
        var otherSeed = RunHouseBots(seed: 6, walkSeed: 8);

        Assert.True(first.Count >= 20, $"only {first.Count} trades");
        Assert.Equal(first, again);
        Assert.Equal(first.Select(trade => (trade.Step, trade.Bot, trade.Side)), otherSeed.Select(trade => (trade.Step, trade.Bot, trade.Side)));
        Assert.NotEqual(first.Select(trade => trade.Quantity), otherSeed.Select(trade => trade.Quantity));
    }

    [Fact]
    public void Every_house_bot_trades_on_a_simulated_market_within_its_lot_range()
    {
        var trades = RunHouseBots(seed: 5, walkSeed: 8);

        Assert.Equal(["crossover", "momentum", "reversion"], trades.Select(trade => trade.Bot).Distinct().Order());
        Assert.All(trades.Where(trade => trade.Side == TradeSide.Buy), trade => Assert.InRange(trade.Quantity, 1, 10));
    }

    [Fact]
    public void A_bots_trades_do_not_depend_on_which_other_bots_trade()
    {
        var alone = RunBots(5, 8, [TradingBot.HouseBots[1]]);
        var together = RunBots(5, 8, TradingBot.HouseBots).Where(trade => trade.Bot == "momentum");

        Assert.Equal(alone, together);
    }

    [Fact]
    public void Bots_are_long_or_flat_and_their_books_add_up()
    {
        var simulator = new TradeSimulator(3, TradingBot.HouseBots);
        var walk = new PriceWalk(PriceWalkOptions.Default, 4);
        var trades = new List<Trade>();
        for (var step = 0; step < 3_000; step++)
        {
            trades.AddRange(simulator.Observe(walk.Next()));
            Assert.All(simulator.Books, book => Assert.InRange(book.Position, 0, 10));
        }

        foreach (var summary in simulator.Summarize().Where(summary => summary.Bot != TradeSimulator.ManualTrader))
        {
            var mine = trades.Where(trade => trade.Bot == summary.Bot).ToList();
            var book = simulator.Book(summary.Bot);
            Assert.Equal(mine.Count, summary.TradeCount);
            Assert.Equal(mine.Sum(trade => trade.Side == TradeSide.Buy ? trade.Quantity : -trade.Quantity), summary.Position);
            Assert.Equal(book.ClosedPositions.Sum(position => position.Profit), summary.RealizedProfit, 9);
            Assert.Equal(book.OpenLots.Sum(lot => (walk.Price - lot.Price) * lot.Quantity), summary.UnrealizedProfit, 9);
        }
    }

    [Fact]
    public void A_manual_trade_is_recorded_at_the_latest_step_and_price()
    {
        var simulator = new TradeSimulator(1, []);
        Assert.Throws<InvalidOperationException>(() => simulator.TradeManually(TradeSide.Buy, 1));
        simulator.Observe(0, 100);
        simulator.Observe(1, 104);

        var trade = simulator.TradeManually(TradeSide.Sell, 3);
        simulator.Observe(2, 101);

        Assert.Equal(new Trade(1, TradeSimulator.ManualTrader, TradeSide.Sell, 3, 104), trade);
        Assert.Equal(new BotSummary(TradeSimulator.ManualTrader, 1, -3, 0, 9), simulator.Summarize().Single());
    }

    [Fact]
    public void Duplicate_or_reserved_bot_names_and_steps_that_do_not_advance_are_refused()
    {
        var bot = TradingBot.HouseBots[0];
        Assert.Contains("'crossover'", Assert.Throws<ArgumentException>(() => new TradeSimulator(1, [bot, bot])).Message);
        Assert.Contains("reserved", Assert.Throws<ArgumentException>(() => new TradeSimulator(1, [bot, new TradingBot("manual", new Momentum())])).Message);

        var simulator = new TradeSimulator(1, [bot]);
        simulator.Observe(5, 100);
        Assert.Contains("increase", Assert.Throws<ArgumentOutOfRangeException>(() => simulator.Observe(5, 101)).Message);
        Assert.Throws<KeyNotFoundException>(() => simulator.Book("nobody"));
    }

    private static List<Trade> RunHouseBots(ulong seed, ulong walkSeed) => RunBots(seed, walkSeed, TradingBot.HouseBots);

    private static List<Trade> RunBots(ulong seed, ulong walkSeed, IEnumerable<TradingBot> bots)
    {
        var simulator = new TradeSimulator(seed, bots);
        var walk = new PriceWalk(PriceWalkOptions.Default, walkSeed);
        return Enumerable.Range(0, 3_000).SelectMany(_ => simulator.Observe(walk.Next())).ToList();
    }
}
