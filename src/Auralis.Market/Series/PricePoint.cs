namespace Auralis.Market.Series;

/// <summary>One price of a real series and the moment it was quoted (UTC).</summary>
public readonly record struct PricePoint(DateTimeOffset Time, double Price);
