namespace Auralis.Market.Mapping;

/// <summary>
/// Hears a stream of prices as a musician would: each move against the market's own recent volatility, and the price
/// level against a baseline that follows it slowly. It turns them into a <see cref="MarketGesture"/>.
/// </summary>
/// <remarks>
/// <para>Normalising by volatility makes every market audible: a sleepy sideways walk, a volatile one and a daily
/// index all move the melody by a few semitones for a typical move, and a shock stands out. The sensitivity (0.1..10)
/// scales the short-term lift by its square root (about 1.7 semitones per typical move at 0.5, 6.8 at 8) and the
/// register's response to the level (the price against its baseline, in units of a typical 256-move swing) by its
/// fourth root, so the music follows the market more tightly as it rises, without a clamp: the lift decays by half
/// each move and the register is a tanh of the level, so neither pins at an edge.</para>
/// <para>The first price heard is the baseline, and so is the first price after the stream jumps (a move whose previous price is not the last price heard): there is no fake move from an assumed start or another source.</para>
/// </remarks>
public sealed partial class PriceExpression
{
    private const double VolatilityMemory = 0.97;
    private const double BaselineMemory = 1.0 / 512;
    private const double TypicalVolatility = 0.005;
    private const double LiftMemory = 0.5;
    private const double LevelWindow = 256;
    private double _variance = -1;
    private double? _logBaseline;
    private double _lift;
    private double? _lastPrice;

    /// <summary>The gesture of a move from <paramref name="previousPrice"/> to <paramref name="price"/> at <paramref name="sensitivity"/>.</summary>
    public MarketGesture Hear(double previousPrice, double price, double sensitivity)
    {
        if (!double.IsFinite(price) || price <= 0 || !double.IsFinite(previousPrice) || previousPrice <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, "Prices must be positive numbers.");
        }

        if (_lastPrice is { } last && Math.Abs(previousPrice - last) > 1e-9 * last)
        {
            // The stream jumped (another source, or the first outside price): hear it afresh from here.
            (_variance, _logBaseline, _lift) = (-1, null, 0);
        }

        _lastPrice = price;
        var gain = Math.Sqrt(Math.Clamp(sensitivity, PricePitchMapping.MinSensitivity, PricePitchMapping.MaxSensitivity));
        var logReturn = Math.Log(price / previousPrice);
        var logPrice = Math.Log(price);
        _logBaseline ??= Math.Log(previousPrice);
        if (_variance < 0)
        {
            // Until the market has shown its own volatility, a half-percent move is a typical one: a quiet opening
            // must not make the first real move sound like a shock.
            _variance = Math.Max(logReturn * logReturn, TypicalVolatility * TypicalVolatility);
        }

        var deviation = Math.Sqrt(Math.Max(_variance, 1e-10));
        var z = Math.Clamp(logReturn / deviation, -4, 4);
        _variance = (VolatilityMemory * _variance) + ((1 - VolatilityMemory) * logReturn * logReturn);
        _lift = (LiftMemory * _lift) + (2.4 * gain * z);
        var level = (logPrice - _logBaseline.Value) / (deviation * Math.Sqrt(LevelWindow));
        _logBaseline += BaselineMemory * (logPrice - _logBaseline.Value);
        return new MarketGesture(Math.Tanh(0.35 * Math.Sqrt(gain) * level), _lift, Math.Abs(z));
    }
}
