namespace Auralis.Market.Trading;

/// <summary>
/// Trend following: buys when the fast moving average crosses above the slow one (a golden cross) and sells when
/// it crosses below (a death cross).
/// </summary>
public sealed class MovingAverageCrossover : ITradingStrategy
{
    /// <summary>Creates the strategy with simple moving averages over <paramref name="fast"/> and <paramref name="slow"/> prices.</summary>
    public MovingAverageCrossover(int fast = 5, int slow = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fast);
        if (slow <= fast)
        {
            throw new ArgumentOutOfRangeException(nameof(slow), slow, $"The slow average must span more prices than the fast one ({fast}).");
        }

        Fast = fast;
        Slow = slow;
    }

    /// <summary>The prices in the fast average.</summary>
    public int Fast { get; }

    /// <summary>The prices in the slow average.</summary>
    public int Slow { get; }

    /// <inheritdoc />
    public string Description => $"moving-average crossover {Fast}/{Slow}";

    /// <inheritdoc />
    public int Lookback => Slow + 1;

    /// <inheritdoc />
    public TradeSignal Decide(RollingWindow prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        if (prices.Count < Lookback)
        {
            return TradeSignal.Hold;
        }

        var above = prices.Mean(Fast) > prices.Mean(Slow);
        var wasAbove = prices.Mean(Fast, stepsAgo: 1) > prices.Mean(Slow, stepsAgo: 1);
        return above == wasAbove ? TradeSignal.Hold : above ? TradeSignal.Buy : TradeSignal.Sell;
    }
}
