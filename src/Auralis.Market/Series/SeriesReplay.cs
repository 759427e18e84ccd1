using Auralis.Market.Regimes;
using Auralis.Music.Harmony;

namespace Auralis.Market.Series;

/// <summary>
/// Plays a real <see cref="PriceSeries"/> one price per step, with the regime read by a <see cref="RegimeDetector"/>,
/// looping without a jump when the series runs out.
/// </summary>
/// <remarks>
/// Step <c>s</c> plays price <c>s</c> until the series ends; each later pass skips the first price and is scaled by
/// (last ÷ first) per pass, so the move across the join is the series' own first move and the melody never leaps
/// back to where the data began. The whole replay is a pure function of the series, the detector options and the step.
/// </remarks>
public sealed partial class SeriesReplay : IPriceSource
{
    private readonly PriceSeries _series;
    private readonly RegimeDetector _detector;
    private readonly double _passRatio;
    private Regime? _forced;

    /// <summary>
    /// Starts replaying <paramref name="series"/> at <paramref name="startStep"/> (0 = its first price). Resuming at a
    /// later step re-reads every earlier price so the detector's hysteresis is exactly as it was.
    /// </summary>
    public SeriesReplay(PriceSeries series, RegimeDetectorOptions? detectorOptions = null, long startStep = 0)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count < 2)
        {
            throw new ArgumentException($"Replaying needs at least 2 prices; '{series.Name}' has {series.Count}.", nameof(series));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(startStep);
        _series = series;
        _detector = new RegimeDetector(detectorOptions);
        _passRatio = series.Prices[^1] / series.Prices[0];
        Price = series.Prices[0];
        while (Step < startStep)
        {
            Next();
        }
    }

    /// <summary>The index the next move will carry.</summary>
    public long Step { get; private set; }

    /// <inheritdoc />
    public double Price { get; private set; }

    /// <inheritdoc />
    public Regime Regime => _forced ?? _detector.Current;

    /// <summary>The price the replay plays at <paramref name="step"/>.</summary>
    public double PriceAt(long step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        var count = _series.Count;
        if (step < count)
        {
            return _series.Prices[(int)step];
        }

        var beyond = step - count;
        var pass = 1 + (beyond / (count - 1));
        var index = 1 + (int)(beyond % (count - 1));
        return _series.Prices[index] * Math.Pow(_passRatio, pass);
    }

    /// <inheritdoc />
    public PriceMove Next()
    {
        var previous = Price;
        Price = PriceAt(Step);
        _detector.Observe(Price);
        return new PriceMove(Step++, Price, previous, Regime);
    }

    /// <inheritdoc />
    public void ForceRegime(Regime regime) =>
        _forced = Enum.IsDefined(regime) ? regime : throw new ArgumentOutOfRangeException(nameof(regime), regime, "Not a regime.");

    /// <inheritdoc />
    public void ReleaseRegime() => _forced = null;
}
