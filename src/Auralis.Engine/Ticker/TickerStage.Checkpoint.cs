using Auralis.Market.Mapping;
using Auralis.Music.Harmony;

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

    /// <summary>
    /// Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/> from the ticker of the same session),
    /// with the regime the next phrase follows and whether the transport plays, which the composer's checkpoint keeps
    /// with the clock.
    /// </summary>
    public void Restore(TickerCheckpoint checkpoint, Regime following, bool playing)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (!Enum.IsDefined(following))
        {
            throw new ArgumentOutOfRangeException(nameof(following), following, "Not a regime.");
        }

        _ticker.Restore(checkpoint.Ticker);
        _expression.Restore(checkpoint.Expression);
        (_following, _playing) = (following, playing);
    }
}
