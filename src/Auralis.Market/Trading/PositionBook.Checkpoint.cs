namespace Auralis.Market.Trading;

/// <summary>What a <see cref="PositionBook"/>'s future depends on: its open lots and its running totals.</summary>
/// <remarks>
/// The pairings closed before the checkpoint are not in it: they only ever grow, and nothing the book does next reads
/// them, so a restored book lists the pairings closed since; its totals (trades, position, realized profit) carry on.
/// </remarks>
/// <param name="OpenLots">The open lots, oldest first.</param>
/// <param name="TradeCount">How many trades the book has recorded.</param>
/// <param name="Position">The open position in units.</param>
/// <param name="RealizedProfit">The profit realized so far.</param>
public sealed record PositionBookCheckpoint(IReadOnlyList<OpenLot> OpenLots, int TradeCount, int Position, double RealizedProfit);

/// <content>Capturing and restoring the book (the composer's checkpoint).</content>
public sealed partial class PositionBook
{
    /// <summary>The state to checkpoint.</summary>
    public PositionBookCheckpoint Capture() => new([.. _open], TradeCount, Position, RealizedProfit);

    /// <summary>Continues from <paramref name="checkpoint"/>: the open lots and totals it holds, no pairings closed yet.</summary>
    public void Restore(PositionBookCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(checkpoint.OpenLots);
        if (checkpoint.OpenLots.Sum(lot => lot.Direction == PositionDirection.Long ? lot.Quantity : -lot.Quantity) != checkpoint.Position)
        {
            throw new ArgumentException($"The open lots do not add up to the position {checkpoint.Position}.", nameof(checkpoint));
        }

        _open.Clear();
        foreach (var lot in checkpoint.OpenLots)
        {
            _open.AddLast(lot);
        }

        _closed.Clear();
        (TradeCount, Position, RealizedProfit) = (checkpoint.TradeCount, checkpoint.Position, checkpoint.RealizedProfit);
    }
}
