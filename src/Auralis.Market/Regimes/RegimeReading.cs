using Auralis.Music.Harmony;

namespace Auralis.Market.Regimes;

/// <summary>What a <see cref="RegimeDetector"/> read at one step: the regime and the two measures behind it.</summary>
/// <param name="Regime">The regime in force after this step.</param>
/// <param name="TrendPercent">The log return over the trend window, in percent (0 until the window has filled).</param>
/// <param name="VolatilityPercent">The annualized volatility over the volatility window, in percent (0 until it has filled).</param>
/// <param name="IsWarm">False while the windows are still filling and the regime is the starting Sideways.</param>
public readonly record struct RegimeReading(Regime Regime, double TrendPercent, double VolatilityPercent, bool IsWarm);
