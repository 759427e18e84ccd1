namespace Auralis.Market.Trading;

/// <summary>The unclosed part of one opening trade, waiting in a <see cref="PositionBook"/> to be paired FIFO.</summary>
/// <param name="Direction">Long for a buy, short for a sell.</param>
/// <param name="Quantity">The units still open.</param>
/// <param name="Step">The step of the opening trade.</param>
/// <param name="Price">The opening price per unit.</param>
public readonly record struct OpenLot(PositionDirection Direction, int Quantity, long Step, double Price)
{
    /// <summary>The profit these units would realize if closed at <paramref name="price"/>.</summary>
    public double ProfitAt(double price) => (Direction == PositionDirection.Long ? price - Price : Price - price) * Quantity;
}
