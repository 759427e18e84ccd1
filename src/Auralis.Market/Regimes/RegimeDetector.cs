using Auralis.Music.Harmony;

namespace Auralis.Market.Regimes;

/// <summary>
/// Reads the market regime from a real price series, one price per step, with hysteresis and a minimum dwell so
/// the regime (and with it the chord progression) does not flicker; the rules are on <see cref="RegimeDetectorOptions"/>.
/// </summary>
public sealed partial class RegimeDetector
{
    private readonly RegimeDetectorOptions _options;
    private readonly RollingWindow _logPrices;
    private int _stepsInRegime;

    /// <summary>Creates a detector that starts in Sideways and reads with <paramref name="options"/> (the defaults when null).</summary>
    public RegimeDetector(RegimeDetectorOptions? options = null)
    {
        _options = options ?? RegimeDetectorOptions.Default;
        _options.Validate();
        _logPrices = new RollingWindow(Math.Max(_options.TrendWindow, _options.VolatilityWindow) + 1);
    }

    /// <summary>The regime read at the latest step.</summary>
    public Regime Current { get; private set; } = Regime.Sideways;

    /// <summary>Reads a whole series, one reading per price.</summary>
    public static IReadOnlyList<RegimeReading> ReadAll(IEnumerable<double> prices, RegimeDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var detector = new RegimeDetector(options);
        return prices.Select(detector.Observe).ToList();
    }

    /// <summary>Takes the next price and returns the regime read after it.</summary>
    public RegimeReading Observe(double price)
    {
        if (!double.IsFinite(price) || price <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, "A price must be a positive number.");
        }

        _logPrices.Add(Math.Log(price));
        if (!_logPrices.IsFull)
        {
            _stepsInRegime++;
            return new RegimeReading(Current, 0, 0, IsWarm: false);
        }

        var trend = (_logPrices[0] - _logPrices[_options.TrendWindow]) * 100.0;
        var volatilityPerStep = StepVolatility();
        var volatility = volatilityPerStep * Math.Sqrt(_options.StepsPerYear) * 100.0;
        var noise = volatilityPerStep * Math.Sqrt(_options.TrendWindow) * 100.0;

        var candidate = Classify(trend, volatility, noise);
        if (_stepsInRegime >= _options.MinimumDwell
            && candidate != Current
            && (!Holds(Current, trend, volatility) || Rank(candidate) > Rank(Current)))
        {
            Current = candidate;
            _stepsInRegime = 1;
        }
        else
        {
            _stepsInRegime++;
        }

        return new RegimeReading(Current, trend, volatility, IsWarm: true);
    }

    private Regime Classify(double trend, double volatility, double noise)
    {
        var trendBar = _options.TrendNoiseRatio * noise;
        if (trend <= -Math.Max(_options.BearEnterPercent, trendBar))
        {
            return Regime.Bear;
        }

        if (trend >= Math.Max(_options.BullEnterPercent, trendBar))
        {
            return Regime.Bull;
        }

        return volatility >= _options.VolatileEnterPercent ? Regime.Volatile : Regime.Sideways;
    }

    private bool Holds(Regime regime, double trend, double volatility) => regime switch
    {
        Regime.Bull => trend >= _options.BullExitPercent,
        Regime.Bear => trend <= -_options.BearExitPercent,
        Regime.Volatile => volatility >= _options.VolatileExitPercent,
        _ => true,
    };

    // A clear trend outranks turbulence, and turbulence outranks calm.
    private static int Rank(Regime regime) => regime switch
    {
        Regime.Bull or Regime.Bear => 2,
        Regime.Volatile => 1,
        _ => 0,
    };

    private double StepVolatility()
    {
        var count = _options.VolatilityWindow;
        var mean = 0.0;
        for (var i = 0; i < count; i++)
        {
            mean += _logPrices[i] - _logPrices[i + 1];
        }

        mean /= count;
        var sumOfSquares = 0.0;
        for (var i = 0; i < count; i++)
        {
            var deviation = _logPrices[i] - _logPrices[i + 1] - mean;
            sumOfSquares += deviation * deviation;
        }

        return Math.Sqrt(sumOfSquares / (count - 1));
    }
}
