namespace Auralis.Market.Walk;

/// <summary>How prices move per step within one regime: the drift and volatility of geometric Brownian motion.</summary>
/// <remarks>
/// Both are fractions per step, not percentages and not annualized: a drift of 0.001 means prices rise by 0.1 %
/// per step on average, and a volatility of 0.005 means a typical step moves them by about 0.5 %.
/// </remarks>
public readonly record struct RegimeDynamics
{
    /// <summary>Creates the dynamics, checking that both numbers are finite and the volatility is not negative.</summary>
    public RegimeDynamics(double drift, double volatility)
    {
        if (!double.IsFinite(drift) || Math.Abs(drift) >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(drift), drift, "The drift is a fraction per step and lies strictly between -1 and 1.");
        }

        if (!double.IsFinite(volatility) || volatility is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(volatility), volatility, "The volatility is a fraction per step and lies in 0..1 (1 excluded).");
        }

        Drift = drift;
        Volatility = volatility;
    }

    /// <summary>The expected return per step (the μ of geometric Brownian motion).</summary>
    public double Drift { get; }

    /// <summary>The standard deviation of the log return per step (the σ of geometric Brownian motion).</summary>
    public double Volatility { get; }

    /// <summary>
    /// The log return of one step for a standard normal variate <paramref name="gaussian"/>:
    /// <c>(μ − σ²/2) + σ·Z</c>, the exact GBM step, whose mean arithmetic return is μ.
    /// </summary>
    public double LogReturn(double gaussian) => Drift - (0.5 * Volatility * Volatility) + (Volatility * gaussian);
}
