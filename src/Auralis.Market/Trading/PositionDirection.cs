namespace Auralis.Market.Trading;

/// <summary>Whether a position profits from a rise (long) or a fall (short).</summary>
public enum PositionDirection
{
    /// <summary>Bought first, sold later.</summary>
    Long,

    /// <summary>Sold first, bought back later.</summary>
    Short,
}
