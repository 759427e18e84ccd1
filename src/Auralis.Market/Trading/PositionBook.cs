namespace Auralis.Market.Trading;

/// <summary>
/// One trader's ledger: pairs buys and sells first-in, first-out into <see cref="ClosedPosition"/>s and keeps the
/// realized and unrealized profit.
/// </summary>
/// <remarks>
/// Open lots all face one way. A trade in the same direction queues a new lot; a trade the other way closes the oldest
/// lots first (splitting a lot when it covers only part of it), and any remainder opens a lot the other way, so a
/// sell larger than the long position turns it short.
/// </remarks>
public sealed partial class PositionBook
{
    private readonly LinkedList<OpenLot> _open = new();
    private readonly List<ClosedPosition> _closed = [];

    /// <summary>Creates an empty book for the trader named <paramref name="bot"/>.</summary>
    public PositionBook(string bot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bot);
        Bot = bot;
    }

    /// <summary>The trader whose book this is.</summary>
    public string Bot { get; }

    /// <summary>How many trades the book has recorded.</summary>
    public int TradeCount { get; private set; }

    /// <summary>The open lots, oldest first.</summary>
    public IReadOnlyCollection<OpenLot> OpenLots => _open;

    /// <summary>Every pairing closed so far, in the order closed.</summary>
    public IReadOnlyList<ClosedPosition> ClosedPositions => _closed;

    /// <summary>The open position in units: positive when long, negative when short, zero when flat.</summary>
    public int Position { get; private set; }

    /// <summary>The profit realized by every closed pairing.</summary>
    public double RealizedProfit { get; private set; }

    /// <summary>The profit the open lots would realize if closed at <paramref name="price"/>.</summary>
    public double UnrealizedProfit(double price) => _open.Sum(lot => lot.ProfitAt(price));

    /// <summary>Records <paramref name="trade"/> and returns the pairings it closed (empty when it only opened).</summary>
    public IReadOnlyList<ClosedPosition> Record(Trade trade)
    {
        ArgumentNullException.ThrowIfNull(trade);
        if (trade.Bot != Bot)
        {
            throw new ArgumentException($"The trade belongs to '{trade.Bot}', not to '{Bot}'.", nameof(trade));
        }

        if (trade.Quantity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(trade), trade.Quantity, "A trade's quantity must be positive.");
        }

        if (!double.IsFinite(trade.Price) || trade.Price <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(trade), trade.Price, "A trade's price must be a positive number.");
        }

        var direction = trade.Side == TradeSide.Buy ? PositionDirection.Long : PositionDirection.Short;
        var remaining = trade.Quantity;
        var closedNow = new List<ClosedPosition>();
        while (remaining > 0 && _open.First is { } oldest && oldest.Value.Direction != direction)
        {
            var lot = oldest.Value;
            var matched = Math.Min(lot.Quantity, remaining);
            closedNow.Add(new ClosedPosition(Bot, lot.Direction, matched, lot.Step, lot.Price, trade.Step, trade.Price));
            remaining -= matched;
            if (matched == lot.Quantity)
            {
                _open.RemoveFirst();
            }
            else
            {
                oldest.Value = lot with { Quantity = lot.Quantity - matched };
            }
        }

        if (remaining > 0)
        {
            _open.AddLast(new OpenLot(direction, remaining, trade.Step, trade.Price));
        }

        foreach (var closed in closedNow)
        {
            RealizedProfit += closed.Profit;
        }

        _closed.AddRange(closedNow);
        Position += trade.Side == TradeSide.Buy ? trade.Quantity : -trade.Quantity;
        TradeCount++;
        return closedNow;
    }
}
