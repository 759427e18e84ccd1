using Auralis.Music.Harmony;

namespace Auralis.Market;

/// <summary>One step of the price ticker: the new price, the price it moved from, and the regime it moved in.</summary>
/// <param name="Step">The 0-based step index; the first move a source produces is step 0.</param>
/// <param name="Price">The price at the end of the step (always positive).</param>
/// <param name="PreviousPrice">The price at the start of the step (always positive).</param>
/// <param name="Regime">The regime in force during the step.</param>
public readonly record struct PriceMove(long Step, double Price, double PreviousPrice, Regime Regime)
{
    /// <summary>The move in percent of the previous price: +1.5 means the price rose by 1.5 %.</summary>
    public double ChangePercent => (Price - PreviousPrice) / PreviousPrice * 100.0;

    /// <summary>The natural logarithm of <c>Price / PreviousPrice</c>, the walk's own unit of change.</summary>
    public double LogReturn => Math.Log(Price / PreviousPrice);
}
