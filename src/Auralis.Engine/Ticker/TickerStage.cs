using Auralis.Engine.Sessions;
using Auralis.Market.Mapping;
using Auralis.Music.Harmony;
using static Auralis.Engine.Steps.StepMessages;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Ticker;

/// <summary>The ticker's part of a step: it applies the inputs that concern prices (source, forced regime, outside prices), prices the step and hears how the move should sound.</summary>
public sealed class TickerStage
{
    private readonly PriceTicker _ticker;
    private readonly PriceExpression _expression = new();

    /// <summary>Starts the ticker of a newly created session.</summary>
    public TickerStage(SessionState created)
    {
        ArgumentNullException.ThrowIfNull(created);
        _ticker = new PriceTicker(created.Seed, SourceOf(created.Text(SessionParameters.Source)));
        _ticker.ForceRegime(ForcedRegime(created.Text(SessionParameters.Regime)));
    }

    /// <summary>The regime the music starts in: the forced one, or the prices' own reading.</summary>
    public Regime Regime => _ticker.ForcedRegime ?? _ticker.Regime;

    /// <summary>Applies the step's inputs and makes its price move (none while the transport is stopped).</summary>
    public StepPriced Price(StepAnnounced announced)
    {
        ArgumentNullException.ThrowIfNull(announced);
        foreach (var input in announced.Inputs.Due)
        {
            Apply(input);
        }

        if (!announced.Span.Playing)
        {
            return new StepPriced(announced, null, []);
        }

        var step = _ticker.Next();
        var gesture = _expression.Hear(step.Move.PreviousPrice, step.Move.Price, announced.Inputs.Number(SessionParameters.Sensitivity));
        return new StepPriced(announced, step.Move, step.Trades, gesture);
    }

    /// <summary>The source named by a <c>source</c> parameter value.</summary>
    public static RegimeSource SourceOf(string text) => text switch
    {
        "sp500" => RegimeSource.Sp500,
        "external" => RegimeSource.External,
        _ => RegimeSource.Simulated,
    };

    private static Regime? ForcedRegime(string text) =>
        text == "auto" ? null : Enum.Parse<Regime>(text, ignoreCase: true);

    private void Apply(ITimedInput input)
    {
        switch (input)
        {
            case ParametersChanged changed:
                foreach (var (name, value) in changed.Values)
                {
                    if (name == SessionParameters.Source)
                    {
                        _ticker.SwitchSource(SourceOf(value.ToString()));
                    }
                    else if (name == SessionParameters.Regime)
                    {
                        _ticker.ForceRegime(ForcedRegime(value.ToString()));
                    }
                }

                break;
            case PriceObserved price:
                _ticker.Observe(price.Price);
                break;
            case PriceSeriesScheduled series:
                _ticker.PlaySeries(series.Prices, series.StepsPerPrice);
                break;
        }
    }
}
