using Auralis.Market.Trading;

namespace Auralis.Market.Tests.Trading;

public sealed class PositionBookTests
{
    [Fact]
    public void Buys_and_sells_pair_first_in_first_out_with_the_known_profits()
    {
        var book = new PositionBook("ann");

        Assert.Empty(book.Record(new Trade(0, "ann", TradeSide.Buy, 10, 100)));
        Assert.Empty(book.Record(new Trade(1, "ann", TradeSide.Buy, 5, 110)));
        var closed = book.Record(new Trade(2, "ann", TradeSide.Sell, 12, 120));

        // The whole first lot (10 at 100) closes before 2 of the second (at 110): 10·20 + 2·10.
        Assert.Equal(
            [
                new ClosedPosition("ann", PositionDirection.Long, 10, 0, 100, 2, 120),
                new ClosedPosition("ann", PositionDirection.Long, 2, 1, 110, 2, 120),
            ],
            closed);
        Assert.Equal(220, book.RealizedProfit, 9);
        Assert.Equal(3, book.Position);
        Assert.Equal([new OpenLot(PositionDirection.Long, 3, 1, 110)], book.OpenLots);
        Assert.Equal(60, book.UnrealizedProfit(130), 9);
        Assert.Equal(-30, book.UnrealizedProfit(100), 9);
    }

    [Fact]
    public void A_sell_larger_than_the_long_position_turns_it_short_and_a_buy_closes_the_short()
    {
        var book = new PositionBook("ann");
        book.Record(new Trade(0, "ann", TradeSide.Buy, 3, 110));

        var closedByOversell = book.Record(new Trade(1, "ann", TradeSide.Sell, 5, 90));
        Assert.Equal([new ClosedPosition("ann", PositionDirection.Long, 3, 0, 110, 1, 90)], closedByOversell);
        Assert.Equal(-2, book.Position);
        Assert.Equal(20, book.UnrealizedProfit(80), 9);

        var closedByBuy = book.Record(new Trade(2, "ann", TradeSide.Buy, 2, 95));
        Assert.Equal(-10, closedByBuy.Single().Profit, 9);
        Assert.Equal(PositionDirection.Short, closedByBuy.Single().Direction);
        Assert.Equal(-60 - 10, book.RealizedProfit, 9);
        Assert.Equal(0, book.Position);
        Assert.Empty(book.OpenLots);
        Assert.Equal(2, book.ClosedPositions.Count);
        Assert.Equal(book.RealizedProfit, book.ClosedPositions.Sum(position => position.Profit), 9);
        Assert.Equal(3, book.TradeCount);
    }

    [Fact]
    public void Trades_of_another_trader_or_without_quantity_or_price_are_refused()
    {
        var book = new PositionBook("ann");

        Assert.Contains("'bob'", Assert.Throws<ArgumentException>(() => book.Record(new Trade(0, "bob", TradeSide.Buy, 1, 10))).Message);
        Assert.Contains("quantity", Assert.Throws<ArgumentOutOfRangeException>(() => book.Record(new Trade(0, "ann", TradeSide.Buy, 0, 10))).Message);
        Assert.Contains("price", Assert.Throws<ArgumentOutOfRangeException>(() => book.Record(new Trade(0, "ann", TradeSide.Sell, 1, -5))).Message);
        Assert.Equal(0, book.TradeCount);
    }
}
