using Auralis.Engine.Sessions;
using Auralis.Market.Regimes;
using Auralis.Market.Series;
using Auralis.Market.Trading;
using Auralis.Market.Walk;
using Auralis.Music.Harmony;

namespace Auralis.Engine.Ticker;

/// <summary>Everything a <see cref="PriceTicker"/> needs to go on exactly from where it was.</summary>
/// <param name="Walk">The simulated walk (it keeps its place while another source plays).</param>
/// <param name="ExternalDetector">The regime detector of outside prices.</param>
/// <param name="Sp500">The built-in series' place (null until it first played).</param>
/// <param name="Bots">The house bots of the current source.</param>
/// <param name="Source">Where prices come from.</param>
/// <param name="Forced">The regime the listener forced, or null.</param>
/// <param name="ExternalPrice">The latest outside price (null before the first).</param>
/// <param name="LastExternalPrice">The outside price the last move went to (null before the first, or at a series' start).</param>
/// <param name="Switches">How many times the source has switched (it names the bots' stream).</param>
/// <param name="Step">The index of the next move.</param>
/// <param name="Series">The price series playing (null when none).</param>
/// <param name="StepsPerPrice">Steps each of the series' prices holds.</param>
/// <param name="SeriesStep">Steps of the series played.</param>
public sealed record PriceTickerCheckpoint(
    PriceWalkState Walk,
    RegimeDetectorCheckpoint ExternalDetector,
    SeriesReplayCheckpoint? Sp500,
    TradeSimulatorCheckpoint Bots,
    RegimeSource Source,
    Regime? Forced,
    double? ExternalPrice,
    double? LastExternalPrice,
    int Switches,
    long Step,
    IReadOnlyList<double>? Series,
    int StepsPerPrice,
    long SeriesStep);

/// <content>Capturing and restoring the ticker (the composer's checkpoint).</content>
public sealed partial class PriceTicker
{
    /// <summary>The state to checkpoint.</summary>
    public PriceTickerCheckpoint Capture() =>
        new(_walk.State, _externalDetector.Capture(), _sp500?.Capture(), _bots.Capture(), _source, _forced, _externalPrice, _lastExternalPrice, _switches,
            _step, _series is null ? null : [.. _series], _stepsPerPrice, _seriesStep);

    /// <summary>Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/> from the ticker of the same session).</summary>
    public void Restore(PriceTickerCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (!Enum.IsDefined(checkpoint.Source) || checkpoint.Forced is { } forced && !Enum.IsDefined(forced))
        {
            throw new ArgumentException("The ticker's checkpoint names an unknown source or regime.", nameof(checkpoint));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(checkpoint.StepsPerPrice, nameof(checkpoint));
        _walk = PriceWalk.Resume(PriceWalkOptions.Default, checkpoint.Walk);
        _externalDetector.Restore(checkpoint.ExternalDetector);
        _sp500 = null;
        if (checkpoint.Sp500 is { } sp500)
        {
            _sp500 = new SeriesReplay(BuiltInSeries.Sp500());
            _sp500.Restore(sp500);
        }

        (_source, _forced, _externalPrice, _lastExternalPrice, _switches, _step) =
            (checkpoint.Source, checkpoint.Forced, checkpoint.ExternalPrice, checkpoint.LastExternalPrice, checkpoint.Switches, checkpoint.Step);
        (_series, _stepsPerPrice, _seriesStep) = (checkpoint.Series is null ? null : [.. checkpoint.Series], checkpoint.StepsPerPrice, checkpoint.SeriesStep);
        // The bots' stream is named after the switch count, so they are made for the restored count, then moved on.
        _bots = NewBots();
        _bots.Restore(checkpoint.Bots);
    }
}
