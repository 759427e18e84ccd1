namespace Auralis.Market.Regimes;

/// <summary>The windows and thresholds with which a <see cref="RegimeDetector"/> reads a regime from prices.</summary>
/// <remarks>
/// <para>Two measures are read at every step. The <em>trend</em> is the log return over the last
/// <see cref="TrendWindow"/> steps, in percent. The <em>volatility</em> is the standard deviation of the last
/// <see cref="VolatilityWindow"/> one-step log returns, annualized with √<see cref="StepsPerYear"/>, in percent.</para>
/// <para>A regime is <em>entered</em> at a strict threshold and <em>left</em> at a looser one (hysteresis), and once
/// entered it is kept for at least <see cref="MinimumDwell"/> steps, so a reading near a threshold does not flicker.</para>
/// <list type="bullet">
/// <item>Bull is entered when the trend is at least <see cref="BullEnterPercent"/> and at least
/// <see cref="TrendNoiseRatio"/> times the noise expected over the window (volatility scaled to the window); it is
/// left when the trend falls below <see cref="BullExitPercent"/>.</item>
/// <item>Bear mirrors Bull: entered at a trend of −<see cref="BearEnterPercent"/> (and the noise test), left above
/// −<see cref="BearExitPercent"/>.</item>
/// <item>Volatile is entered when the volatility reaches <see cref="VolatileEnterPercent"/> without a trend strong
/// enough for Bull or Bear; it is left when the volatility falls below <see cref="VolatileExitPercent"/>.</item>
/// <item>Sideways is everything else, and the reading before the windows have filled.</item>
/// </list>
/// <para>A clear trend outranks volatility: a crash is heard as Bear, not merely Volatile, and volatility that comes
/// without a decisive direction (the chop after a crash) is Volatile. The defaults are tuned on daily S&amp;P 500 closes
/// 2000–2020, where they read September–November 2008 as Bear and switch a handful of times a year.</para>
/// </remarks>
public sealed record RegimeDetectorOptions
{
    /// <summary>The steps over which the trend is measured (default 63, a quarter of trading days).</summary>
    public int TrendWindow { get; init; } = 63;

    /// <summary>The one-step returns over which the volatility is measured (default 21, a month of trading days).</summary>
    public int VolatilityWindow { get; init; } = 21;

    /// <summary>Steps per year, to annualize the volatility (default 252 trading days).</summary>
    public double StepsPerYear { get; init; } = 252;

    /// <summary>The trend, in percent over the window, at which Bull is entered (default 6).</summary>
    public double BullEnterPercent { get; init; } = 6;

    /// <summary>The trend, in percent over the window, below which Bull is left (default 2).</summary>
    public double BullExitPercent { get; init; } = 2;

    /// <summary>The fall, in percent over the window, at which Bear is entered (default 6, i.e. a trend of −6 %).</summary>
    public double BearEnterPercent { get; init; } = 6;

    /// <summary>The fall, in percent over the window, under which Bear is left (default 2, i.e. a trend above −2 %).</summary>
    public double BearExitPercent { get; init; } = 2;

    /// <summary>
    /// How many window-scaled standard deviations a trend must also reach to count as Bull or Bear (default 0.8),
    /// so that a swing which is large only because the market is wild reads as Volatile.
    /// </summary>
    public double TrendNoiseRatio { get; init; } = 0.8;

    /// <summary>The annualized volatility, in percent, at which Volatile is entered (default 30).</summary>
    public double VolatileEnterPercent { get; init; } = 30;

    /// <summary>The annualized volatility, in percent, below which Volatile is left (default 22).</summary>
    public double VolatileExitPercent { get; init; } = 22;

    /// <summary>The fewest steps a regime is kept once entered (default 10, two trading weeks).</summary>
    public int MinimumDwell { get; init; } = 10;

    /// <summary>The defaults, tuned on daily closes.</summary>
    public static RegimeDetectorOptions Default { get; } = new();

    /// <summary>Throws when a setting is out of range or an exit threshold is stricter than its entry threshold.</summary>
    public void Validate()
    {
        if (TrendWindow < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(TrendWindow), TrendWindow, "The trend window needs at least 2 steps.");
        }

        if (VolatilityWindow < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(VolatilityWindow), VolatilityWindow, "The volatility window needs at least 2 returns.");
        }

        if (MinimumDwell < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumDwell), MinimumDwell, "The minimum dwell cannot be negative.");
        }

        RequirePositive(StepsPerYear, nameof(StepsPerYear));
        RequireNonNegative(TrendNoiseRatio, nameof(TrendNoiseRatio));
        RequireHysteresis(BullEnterPercent, BullExitPercent, nameof(BullEnterPercent), nameof(BullExitPercent));
        RequireHysteresis(BearEnterPercent, BearExitPercent, nameof(BearEnterPercent), nameof(BearExitPercent));
        RequireHysteresis(VolatileEnterPercent, VolatileExitPercent, nameof(VolatileEnterPercent), nameof(VolatileExitPercent));
    }

    private static void RequirePositive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive number.");
        }
    }

    private static void RequireNonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a number not below 0.");
        }
    }

    private static void RequireHysteresis(double enter, double exit, string enterName, string exitName)
    {
        RequirePositive(enter, enterName);
        RequireNonNegative(exit, exitName);
        if (exit > enter)
        {
            throw new ArgumentException($"{exitName} ({exit}) must not exceed {enterName} ({enter}): a regime is left at a looser threshold than the one it was entered at.", exitName);
        }
    }
}
