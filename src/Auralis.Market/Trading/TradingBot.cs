namespace Auralis.Market.Trading;

/// <summary>
/// A simulated trader: a name, a strategy, and the range its lot sizes are drawn from. It is long or flat: it buys
/// one lot on a buy signal when it holds nothing, and sells everything on a sell signal when it holds something.
/// </summary>
/// <remarks>
/// Lot sizes vary (drawn from the bot's own seeded stream) so the trades the music hears as accents carry
/// different weights; the strategy alone decides when to trade.
/// </remarks>
public sealed record TradingBot
{
    /// <summary>Creates a bot; <paramref name="name"/> names it in trades and seeds its stream.</summary>
    public TradingBot(string name, ITradingStrategy strategy, int minQuantity = 1, int maxQuantity = 10)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minQuantity);
        if (maxQuantity < minQuantity)
        {
            throw new ArgumentOutOfRangeException(nameof(maxQuantity), maxQuantity, $"The largest lot must not be smaller than the smallest ({minQuantity}).");
        }

        Name = name;
        Strategy = strategy;
        MinQuantity = minQuantity;
        MaxQuantity = maxQuantity;
    }

    /// <summary>The bot's name, as it appears in its trades.</summary>
    public string Name { get; }

    /// <summary>When the bot trades.</summary>
    public ITradingStrategy Strategy { get; }

    /// <summary>The smallest lot it buys.</summary>
    public int MinQuantity { get; }

    /// <summary>The largest lot it buys.</summary>
    public int MaxQuantity { get; }

    /// <summary>The three house bots: a trend follower ("crossover"), a momentum trader ("momentum") and a contrarian ("reversion").</summary>
    public static IReadOnlyList<TradingBot> HouseBots { get; } =
    [
        new("crossover", new MovingAverageCrossover(fast: 5, slow: 20)),
        new("momentum", new Momentum(period: 10, enterPercent: 2.0, exitPercent: 0.0)),
        new("reversion", new MeanReversion(window: 20, entryDeviations: 2.0, exitDeviations: 0.0)),
    ];
}
