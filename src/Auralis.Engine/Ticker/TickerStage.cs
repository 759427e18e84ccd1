using Auralis.Engine.Sessions;
using Auralis.Engine.Steps;
using Auralis.Market.Mapping;
using Auralis.Music.Harmony;
using static Auralis.Engine.Steps.StepMessages;

namespace Auralis.Engine.Ticker;

/// <summary>
/// The ticker's part of a step: it applies the inputs that concern prices (source, forced regime, outside prices) and
/// the transport, prices the step, hears how the move should sound, and names the regime the clock's phrase follows.
/// </summary>
/// <remarks>
/// The ticker rests while the music is stopped: it hears play and stop itself (<see cref="PriceStep.Plays"/>), from the
/// same inputs the clock's timeline applies, so it never waits for the clock; <c>StepPipeline.Merge</c> checks
/// that the two agree. It remembers the regime of the last played step, which the clock's next phrase follows.
/// </remarks>
public sealed partial class TickerStage
{
    private readonly PriceTicker _ticker;
    private readonly PriceExpression _expression = new();
    private bool _playing;
    private Regime _following;

    /// <summary>Starts the ticker of a newly created session.</summary>
    public TickerStage(SessionState created)
    {
        ArgumentNullException.ThrowIfNull(created);
        _ticker = new PriceTicker(created.Seed, StageInputs.SourceOf(created.Text(SessionParameters.Source)));
        _ticker.ForceRegime(StageInputs.ForcedRegimeOf(created.Text(SessionParameters.Regime)));
        _playing = created.Transport.Playing;
        _following = _ticker.ForcedRegime ?? _ticker.Regime;
    }

    /// <summary>The regime the clock's next phrase follows: the one the last played step was priced in (at first, the forced one or the prices' own reading).</summary>
    public Regime Following => _following;

    /// <summary>
    /// Applies the step's changes and makes its price move (none while the transport is stopped); the answer names the
    /// regime the step's phrase follows (the one before this move) for the clock, and the price for the voices.
    /// </summary>
    public TickerAnswer Price(PriceStep request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var phrase = new PhraseRegime(request.Step, _following);
        foreach (var change in request.Changes)
        {
            Apply(change);
        }

        _playing = request.Plays ?? _playing;
        if (!_playing)
        {
            return new TickerAnswer(phrase, new StepPriced(request.Step, false, null, []));
        }

        var step = _ticker.Next();
        _following = step.Move.Regime;
        var gesture = _expression.Hear(step.Move.PreviousPrice, step.Move.Price, request.Sensitivity);
        return new TickerAnswer(phrase, new StepPriced(request.Step, true, step.Move, step.Trades, gesture));
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

/// <summary>What the ticker answers for a step: the regime for the clock, and the price for the voices and the session.</summary>
/// <param name="Phrase">The regime the step's phrase follows.</param>
/// <param name="Priced">The step's price move.</param>
public sealed record TickerAnswer(PhraseRegime Phrase, StepPriced Priced);
