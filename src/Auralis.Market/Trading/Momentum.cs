namespace Auralis.Market.Trading;

/// <summary>
/// Momentum: buys when the price has risen by at least <see cref="EnterPercent"/> over the last
/// <see cref="Period"/> steps and sells once that return falls to <see cref="ExitPercent"/> or below.
/// </summary>
public sealed class Momentum : ITradingStrategy
{
    /// <summary>Creates the strategy; <paramref name="exitPercent"/> must be below <paramref name="enterPercent"/> so it does not trade back and forth.</summary>
    public Momentum(int period = 10, double enterPercent = 2.0, double exitPercent = 0.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(period);
        if (!double.IsFinite(enterPercent) || !double.IsFinite(exitPercent) || exitPercent >= enterPercent)
        {
            throw new ArgumentOutOfRangeException(nameof(exitPercent), exitPercent, $"The exit return must be a number below the entry return ({enterPercent} %).");
        }

        Period = period;
        EnterPercent = enterPercent;
        ExitPercent = exitPercent;
    }

    /// <summary>The steps over which the return is measured.</summary>
    public int Period { get; }

    /// <summary>The return, in percent over the period, at which the bot buys.</summary>
    public double EnterPercent { get; }

    /// <summary>The return, in percent over the period, at or below which the bot sells.</summary>
    public double ExitPercent { get; }

    /// <inheritdoc />
    public string Description => $"momentum over {Period} steps (in at +{EnterPercent} %, out at {ExitPercent} %)";

    /// <inheritdoc />
    public int Lookback => Period + 1;

    /// <inheritdoc />
    public TradeSignal Decide(RollingWindow prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        if (prices.Count < Lookback)
        {
            return TradeSignal.Hold;
        }

        var returnPercent = (prices[0] / prices[Period] - 1.0) * 100.0;
        return returnPercent >= EnterPercent ? TradeSignal.Buy
            : returnPercent <= ExitPercent ? TradeSignal.Sell
            : TradeSignal.Hold;
    }
}
