namespace Auralis.Market.Trading;

/// <summary>What a strategy wants after seeing the latest price.</summary>
public enum TradeSignal
{
    /// <summary>Do nothing.</summary>
    Hold,

    /// <summary>Go long (a bot that is flat buys).</summary>
    Buy,

    /// <summary>Get out (a bot that is long sells everything).</summary>
    Sell,
}
