using Auralis.Music.Randomness;

namespace Auralis.Market.Trading;

/// <summary>
/// Runs the bots against the price series step by step, records every trade in each trader's FIFO
/// <see cref="PositionBook"/>, and accepts manual trades.
/// </summary>
/// <remarks>
/// Deterministic: strategies read only prices, and each bot's lot sizes come from its own stream
/// <c>SeededRandom.ForStream(seed, "bot/" + name)</c>, so adding or removing a bot never changes another's trades.
/// Within a step the bots trade in the order they were given.
/// </remarks>
public sealed partial class TradeSimulator
{
    /// <summary>The trader name under which <see cref="TradeManually"/> records trades.</summary>
    public const string ManualTrader = "manual";

    private readonly List<BotSlot> _bots = [];
    private readonly Dictionary<string, PositionBook> _books = new(StringComparer.Ordinal);
    private readonly RollingWindow _prices;

    /// <summary>Creates a simulator with <paramref name="bots"/> (names must be distinct and not "manual").</summary>
    public TradeSimulator(ulong seed, IEnumerable<TradingBot> bots)
    {
        ArgumentNullException.ThrowIfNull(bots);
        foreach (var bot in bots)
        {
            ArgumentNullException.ThrowIfNull(bot, nameof(bots));
            if (bot.Name == ManualTrader || _books.ContainsKey(bot.Name))
            {
                throw new ArgumentException($"The bot name '{bot.Name}' is taken; each bot needs its own name, and '{ManualTrader}' is reserved.", nameof(bots));
            }

            var book = new PositionBook(bot.Name);
            _books.Add(bot.Name, book);
            _bots.Add(new BotSlot(bot, book, SeededRandom.ForStream(seed, "bot/" + bot.Name)));
        }

        _books.Add(ManualTrader, new PositionBook(ManualTrader));
        _prices = new RollingWindow(Math.Max(1, _bots.Select(slot => slot.Bot.Strategy.Lookback).DefaultIfEmpty(1).Max()));
    }

    /// <summary>The step of the latest price, or −1 before the first.</summary>
    public long Step { get; private set; } = -1;

    /// <summary>The latest price, or 0 before the first.</summary>
    public double Price => _prices.Count == 0 ? 0 : _prices[0];

    /// <summary>The books of the bots (in the order given), then the manual book.</summary>
    public IEnumerable<PositionBook> Books => _bots.Select(slot => slot.Book).Append(_books[ManualTrader]);

    /// <summary>The book of the trader named <paramref name="bot"/>.</summary>
    public PositionBook Book(string bot) =>
        _books.TryGetValue(bot, out var book) ? book : throw new KeyNotFoundException($"There is no trader named '{bot}'.");

    /// <summary>Shows every bot the price of <paramref name="move"/> and returns the trades they made at it.</summary>
    public IReadOnlyList<Trade> Observe(PriceMove move) => Observe(move.Step, move.Price);

    /// <summary>Shows every bot <paramref name="price"/> at <paramref name="step"/> (steps must increase) and returns the trades they made.</summary>
    public IReadOnlyList<Trade> Observe(long step, double price)
    {
        if (step <= Step)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"Steps must increase; the last was {Step}.");
        }

        if (!double.IsFinite(price) || price <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, "A price must be a positive number.");
        }

        Step = step;
        _prices.Add(price);
        var trades = new List<Trade>();
        foreach (var slot in _bots)
        {
            var signal = slot.Bot.Strategy.Decide(_prices);
            var position = slot.Book.Position;
            Trade? trade = signal switch
            {
                TradeSignal.Buy when position == 0 => new Trade(step, slot.Bot.Name, TradeSide.Buy, slot.NextLot(), price),
                TradeSignal.Sell when position > 0 => new Trade(step, slot.Bot.Name, TradeSide.Sell, position, price),
                _ => null,
            };

            if (trade is not null)
            {
                slot.Book.Record(trade);
                trades.Add(trade);
            }
        }

        return trades;
    }

    /// <summary>Records a trade by the listener at the latest step and price (long or short, any size).</summary>
    public Trade TradeManually(TradeSide side, int quantity)
    {
        if (_prices.Count == 0)
        {
            throw new InvalidOperationException("There is no price to trade at yet.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var trade = new Trade(Step, ManualTrader, side, quantity, Price);
        _books[ManualTrader].Record(trade);
        return trade;
    }

    /// <summary>Where every trader stands at the latest price.</summary>
    public IReadOnlyList<BotSummary> Summarize() =>
        Books.Select(book => new BotSummary(book.Bot, book.TradeCount, book.Position, book.RealizedProfit, book.UnrealizedProfit(Price))).ToList();

    private sealed record BotSlot(TradingBot Bot, PositionBook Book, SeededRandom Random)
    {
        public int NextLot() => Random.NextInt(Bot.MinQuantity, Bot.MaxQuantity + 1);
    }
}
