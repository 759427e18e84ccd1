using Auralis.Engine.Sessions;
using Auralis.Engine.Steps;
using Auralis.Market.Mapping;
using Auralis.Music.Harmony;
using static Auralis.Engine.Steps.StepMessages;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Ticker;

/// <summary>The ticker's part of a step: it applies the inputs that concern prices (source, forced regime, outside prices), prices the step and hears how the move should sound.</summary>
public sealed partial class TickerStage
{
    private readonly PriceTicker _ticker;
    private readonly PriceExpression _expression = new();

    /// <summary>Starts the ticker of a newly created session.</summary>
    public TickerStage(SessionState created)
    {
        ArgumentNullException.ThrowIfNull(created);
        _ticker = new PriceTicker(created.Seed, StageInputs.SourceOf(created.Text(SessionParameters.Source)));
        _ticker.ForceRegime(StageInputs.ForcedRegimeOf(created.Text(SessionParameters.Regime)));
    }

    /// <summary>The regime the music starts in: the forced one, or the prices' own reading.</summary>
    public Regime Regime => _ticker.ForcedRegime ?? _ticker.Regime;

    /// <summary>Applies the step's inputs and makes its price move (none while the transport is stopped).</summary>
    public StepPriced Price(StepAnnounced announced)
    {
        ArgumentNullException.ThrowIfNull(announced);
        foreach (var change in announced.Inputs.Stages.Ticker)
        {
            Apply(change);
        }

        if (!announced.Span.Playing)
        {
            return new StepPriced(announced, null, []);
        }

        var step = _ticker.Next();
        var gesture = _expression.Hear(step.Move.PreviousPrice, step.Move.Price, announced.Inputs.Sensitivity);
        return new StepPriced(announced, step.Move, step.Trades, gesture);
    }

    private void Apply(TickerChange change)
    {
        switch (change)
        {
            case TickerChange.Source source:
                _ticker.SwitchSource(source.To);
                break;
            case TickerChange.ForcedRegime forced:
                _ticker.ForceRegime(forced.Regime);
                break;
            case TickerChange.Price price:
                _ticker.Observe(price.Value);
                break;
            case TickerChange.Series series:
                _ticker.PlaySeries(series.Prices, series.StepsPerPrice);
                break;
        }
    }
}
