namespace Auralis.Market.Trading;

/// <summary>One trade at one step: an event the music can sound as an accent.</summary>
/// <param name="Step">The step of the price the trade was made at.</param>
/// <param name="Bot">The name of the bot (or "manual") that traded.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Quantity">How many units changed hands (positive).</param>
/// <param name="Price">The price per unit.</param>
public sealed record Trade(long Step, string Bot, TradeSide Side, int Quantity, double Price);
