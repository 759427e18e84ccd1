namespace Auralis.Market.Trading;

/// <summary>A rule that turns the recent prices into a <see cref="TradeSignal"/>; stateless, so a bot's decisions depend only on the prices.</summary>
public interface ITradingStrategy
{
    /// <summary>A short description for people, e.g. "moving-average crossover 5/20".</summary>
    string Description { get; }

    /// <summary>How many recent prices the strategy reads; it holds until it has seen that many.</summary>
    int Lookback { get; }

    /// <summary>The signal for the latest price; <paramref name="prices"/> holds at least <see cref="Lookback"/> of them, newest at index 0.</summary>
    TradeSignal Decide(RollingWindow prices);
}
