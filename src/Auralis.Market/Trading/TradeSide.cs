namespace Auralis.Market.Trading;

/// <summary>Whether a trade buys or sells.</summary>
public enum TradeSide
{
    /// <summary>Buys: opens or adds to a long position, or closes a short one.</summary>
    Buy,

    /// <summary>Sells: closes a long position, or opens or adds to a short one.</summary>
    Sell,
}
