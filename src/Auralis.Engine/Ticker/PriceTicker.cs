using Auralis.Engine.Sessions;
using Auralis.Market;
using Auralis.Market.Regimes;
using Auralis.Market.Series;
using Auralis.Market.Trading;
using Auralis.Market.Walk;
using Auralis.Music.Harmony;
using Auralis.Music.Randomness;

namespace Auralis.Engine.Ticker;

/// <summary>
/// The session's price ticker: one price move per step of music, from the seeded walk, the built-in S&amp;P 500 series
/// or prices pushed from outside, with the house bots trading on it.
/// </summary>
/// <remarks>
/// Pure and deterministic: the moves depend only on the session seed and the inputs applied at their steps. Each
/// source keeps its own place while another is active, and a switch starts a fresh set of bots (their stream named
/// after the switch count) so a jump between sources is never traded as a crash or a rally.
/// </remarks>
public sealed partial class PriceTicker
{
    private readonly ulong _seed;
    private PriceWalk _walk;
    private readonly RegimeDetector _externalDetector = new();
    private SeriesReplay? _sp500;
    private TradeSimulator _bots;
    private RegimeSource _source;
    private Regime? _forced;
    private double? _externalPrice;
    private double? _lastExternalPrice;
    private int _switches;
    private long _step;
    private IReadOnlyList<double>? _series;
    private int _stepsPerPrice = 1;
    private long _seriesStep;

    /// <summary>Starts a ticker for the session seeded with <paramref name="seed"/>, reading from <paramref name="source"/>.</summary>
    public PriceTicker(ulong seed, RegimeSource source)
    {
        _seed = seed;
        _walk = new PriceWalk(PriceWalkOptions.Default, SeededRandom.ForStream(seed, "ticker/walk"));
        _bots = NewBots();
        _source = source;
    }

    /// <summary>Where prices come from now.</summary>
    public RegimeSource Source => _source;

    /// <summary>The regime the prices are in before the next move (the source's own reading).</summary>
    public Regime Regime => _source switch
    {
        RegimeSource.Simulated => _walk.Regime,
        RegimeSource.Sp500 => _sp500?.Regime ?? Regime.Sideways,
        _ => _externalDetector.Current,
    };

    /// <summary>The regime forced by the listener, or null when the prices decide.</summary>
    public Regime? ForcedRegime => _forced;

    /// <summary>Makes the move for the next step of music.</summary>
    public TickerStep Next()
    {
        var move = _series is not null ? NextInSeries() : _source switch
        {
            RegimeSource.Simulated => _walk.Next(),
            RegimeSource.Sp500 => (_sp500 ??= new SeriesReplay(BuiltInSeries.Sp500())).Next(),
            _ => NextExternal(),
        };
        var regime = _forced ?? move.Regime;
        var step = _step++;
        var trades = _bots.Observe(step, move.Price);
        return new TickerStep(move with { Step = step, Regime = regime }, trades);
    }

    /// <summary>Switches the source from the next step on.</summary>
    public void SwitchSource(RegimeSource source)
    {
        if (source == _source)
        {
            return;
        }

        _source = source;
        _switches++;
        _bots = NewBots();
    }

    /// <summary>Forces <paramref name="regime"/> (or, with null, lets the prices decide again) from the next step on.</summary>
    public void ForceRegime(Regime? regime)
    {
        _forced = regime;
        if (regime is { } forced)
        {
            _walk.ForceRegime(forced);
        }
        else
        {
            _walk.ReleaseRegime();
        }
    }

    /// <summary>Takes a price pushed from outside; with the external source it is the next step's price.</summary>
    public void Observe(double price)
    {
        if (!double.IsFinite(price) || price <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, "A price must be a positive number.");
        }

        _externalPrice = price;
        _lastExternalPrice ??= price;
    }

    /// <summary>
    /// Plays <paramref name="prices"/> from the next step on, one every <paramref name="stepsPerPrice"/> steps, whatever the
    /// source; when the series ends the source takes over again. A new series replaces one still playing.
    /// </summary>
    public void PlaySeries(IReadOnlyList<double> prices, int stepsPerPrice)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stepsPerPrice);
        if (prices.Count == 0)
        {
            return;
        }

        // The series' first price is its own baseline, never a move from whatever price was heard before it.
        (_series, _stepsPerPrice, _seriesStep, _lastExternalPrice) = (prices, stepsPerPrice, 0, null);
    }

    private PriceMove NextInSeries()
    {
        var series = _series!;
        if (_seriesStep % _stepsPerPrice == 0)
        {
            Observe(series[(int)(_seriesStep / _stepsPerPrice)]);
        }

        _seriesStep++;
        if (_seriesStep >= (long)series.Count * _stepsPerPrice - (_stepsPerPrice - 1))
        {
            _series = null;
        }

        return NextExternal();
    }

    private PriceMove NextExternal()
    {
        // Between outside prices the last one holds: the melody rests while the market is silent. Until the first
        // outside price arrives the market stands at 100; the first price is its own baseline, never a move from 100.
        if (_externalPrice is not { } price)
        {
            return new PriceMove(_step, 100.0, 100.0, _externalDetector.Current);
        }

        var previous = _lastExternalPrice ?? price;
        _lastExternalPrice = price;
        var reading = _externalDetector.Observe(price);
        return new PriceMove(_step, price, previous, reading.Regime);
    }

    private TradeSimulator NewBots() => new(SeededRandom.ForStream(_seed, $"ticker/bots/{_switches}").NextUInt64(), TradingBot.HouseBots);
}
