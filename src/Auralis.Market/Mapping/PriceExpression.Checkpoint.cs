namespace Auralis.Market.Mapping;

/// <summary>Everything a <see cref="PriceExpression"/> needs to hear on exactly from where it was.</summary>
/// <param name="Variance">The remembered variance of log returns (negative before the first move).</param>
/// <param name="LogBaseline">The slow baseline of the log price (null before the first move).</param>
/// <param name="Lift">The decaying lift of the last moves.</param>
/// <param name="LastPrice">The last price heard (null before the first).</param>
public sealed record PriceExpressionCheckpoint(double Variance, double? LogBaseline, double Lift, double? LastPrice);

/// <content>Capturing and restoring what the ear remembers (the composer's checkpoint).</content>
public sealed partial class PriceExpression
{
    /// <summary>The state to checkpoint.</summary>
    public PriceExpressionCheckpoint Capture() => new(_variance, _logBaseline, _lift, _lastPrice);

    /// <summary>Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/>).</summary>
    public void Restore(PriceExpressionCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        (_variance, _logBaseline, _lift, _lastPrice) = (checkpoint.Variance, checkpoint.LogBaseline, checkpoint.Lift, checkpoint.LastPrice);
    }
}
