namespace Auralis.Market.Trading;

/// <summary>An opening trade paired with the trade that closed it (or a part of each), and the profit made.</summary>
/// <param name="Bot">Who traded.</param>
/// <param name="Direction">Long (bought, then sold) or short (sold, then bought back).</param>
/// <param name="Quantity">How many units the pairing covers.</param>
/// <param name="EntryStep">The step of the opening trade.</param>
/// <param name="EntryPrice">The opening price per unit.</param>
/// <param name="ExitStep">The step of the closing trade.</param>
/// <param name="ExitPrice">The closing price per unit.</param>
public sealed record ClosedPosition(
    string Bot,
    PositionDirection Direction,
    int Quantity,
    long EntryStep,
    double EntryPrice,
    long ExitStep,
    double ExitPrice)
{
    /// <summary>The realized profit (negative for a loss).</summary>
    public double Profit => (Direction == PositionDirection.Long ? ExitPrice - EntryPrice : EntryPrice - ExitPrice) * Quantity;
}
