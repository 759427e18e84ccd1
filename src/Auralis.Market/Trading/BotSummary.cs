namespace Auralis.Market.Trading;

/// <summary>Where one trader stands at a price: trades made, position held, and profit realized and on paper.</summary>
public sealed record BotSummary(string Bot, int TradeCount, int Position, double RealizedProfit, double UnrealizedProfit)
{
    /// <summary>Realized plus unrealized profit.</summary>
    public double TotalProfit => RealizedProfit + UnrealizedProfit;
}
