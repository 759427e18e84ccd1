namespace Auralis.Market.Trading;

/// <summary>
/// Mean reversion: buys when the price has fallen <see cref="EntryDeviations"/> standard deviations below its moving
/// average (it looks cheap) and sells once it has come back to <see cref="ExitDeviations"/> from it.
/// </summary>
public sealed class MeanReversion : ITradingStrategy
{
    /// <summary>Creates the strategy over a window of <paramref name="window"/> prices.</summary>
    public MeanReversion(int window = 20, double entryDeviations = 2.0, double exitDeviations = 0.0)
    {
        if (window < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The window needs at least 2 prices to have a deviation.");
        }

        if (!double.IsFinite(entryDeviations) || entryDeviations <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(entryDeviations), entryDeviations, "The entry distance is a positive number of standard deviations.");
        }

        if (!double.IsFinite(exitDeviations) || exitDeviations <= -entryDeviations)
        {
            throw new ArgumentOutOfRangeException(nameof(exitDeviations), exitDeviations, $"The exit must lie above the entry (−{entryDeviations} deviations).");
        }

        Window = window;
        EntryDeviations = entryDeviations;
        ExitDeviations = exitDeviations;
    }

    /// <summary>The prices in the moving average and deviation.</summary>
    public int Window { get; }

    /// <summary>How many standard deviations below the average the price must fall for the bot to buy.</summary>
    public double EntryDeviations { get; }

    /// <summary>How many standard deviations above the average (0 = at it) the price must reach for the bot to sell.</summary>
    public double ExitDeviations { get; }

    /// <inheritdoc />
    public string Description => $"mean reversion over {Window} steps (in at −{EntryDeviations}σ, out at {ExitDeviations}σ)";

    /// <inheritdoc />
    public int Lookback => Window;

    /// <inheritdoc />
    public TradeSignal Decide(RollingWindow prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        if (prices.Count < Lookback)
        {
            return TradeSignal.Hold;
        }

        var mean = prices.Mean(Window);
        var sumOfSquares = 0.0;
        for (var i = 0; i < Window; i++)
        {
            var deviation = prices[i] - mean;
            sumOfSquares += deviation * deviation;
        }

        var standardDeviation = Math.Sqrt(sumOfSquares / (Window - 1));
        if (standardDeviation <= 0)
        {
            return TradeSignal.Hold;
        }

        var score = (prices[0] - mean) / standardDeviation;
        return score <= -EntryDeviations ? TradeSignal.Buy
            : score >= ExitDeviations ? TradeSignal.Sell
            : TradeSignal.Hold;
    }
}
