using Auralis.Market.Mapping;

namespace Auralis.Engine.Ticker;

/// <summary>Everything the ticker's stage needs to go on exactly from where it was.</summary>
/// <param name="Ticker">The price ticker.</param>
/// <param name="Expression">What the ear remembers of the moves.</param>
public sealed record TickerCheckpoint(PriceTickerCheckpoint Ticker, PriceExpressionCheckpoint Expression);

/// <content>Capturing and restoring the ticker's stage (the composer's checkpoint).</content>
public sealed partial class TickerStage
{
    /// <summary>The state to checkpoint.</summary>
    public TickerCheckpoint Capture() => new(_ticker.Capture(), _expression.Capture());

    /// <summary>Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/> from the ticker of the same session).</summary>
    public void Restore(TickerCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        _ticker.Restore(checkpoint.Ticker);
        _expression.Restore(checkpoint.Expression);
    }
}
