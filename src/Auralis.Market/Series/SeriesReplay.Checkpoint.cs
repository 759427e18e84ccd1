using Auralis.Market.Regimes;
using Auralis.Music.Harmony;

namespace Auralis.Market.Series;

/// <summary>Where a <see cref="SeriesReplay"/> stands in its series: what it needs to go on exactly.</summary>
/// <param name="Step">The index of the next price.</param>
/// <param name="Price">The latest price.</param>
/// <param name="Detector">Its regime detector.</param>
/// <param name="Forced">The regime forced by the listener, or null.</param>
public sealed record SeriesReplayCheckpoint(long Step, double Price, RegimeDetectorCheckpoint Detector, Regime? Forced);

/// <content>Capturing and restoring the replay (the composer's checkpoint).</content>
public sealed partial class SeriesReplay
{
    /// <summary>The state to checkpoint (the series itself is not in it: restore onto a replay of the same series).</summary>
    public SeriesReplayCheckpoint Capture() => new(Step, Price, _detector.Capture(), _forced);

    /// <summary>Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/> from a replay of the same series).</summary>
    public void Restore(SeriesReplayCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentOutOfRangeException.ThrowIfNegative(checkpoint.Step, nameof(checkpoint));
        _detector.Restore(checkpoint.Detector);
        (Step, Price, _forced) = (checkpoint.Step, checkpoint.Price, checkpoint.Forced);
    }
}
