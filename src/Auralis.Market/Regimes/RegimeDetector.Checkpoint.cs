using Auralis.Music.Harmony;

namespace Auralis.Market.Regimes;

/// <summary>Everything a <see cref="RegimeDetector"/> needs to read on exactly from where it was.</summary>
/// <param name="LogPrices">The log prices it remembers.</param>
/// <param name="StepsInRegime">How long the current regime has held.</param>
/// <param name="Current">The regime read at the latest step.</param>
public sealed record RegimeDetectorCheckpoint(RollingWindowCheckpoint LogPrices, int StepsInRegime, Regime Current);

/// <content>Capturing and restoring the detector (the composer's checkpoint).</content>
public sealed partial class RegimeDetector
{
    /// <summary>The state to checkpoint.</summary>
    public RegimeDetectorCheckpoint Capture() => new(_logPrices.Capture(), _stepsInRegime, Current);

    /// <summary>Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/> from a detector with the same options).</summary>
    public void Restore(RegimeDetectorCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (!Enum.IsDefined(checkpoint.Current))
        {
            throw new ArgumentOutOfRangeException(nameof(checkpoint), checkpoint.Current, "Not a regime.");
        }

        _logPrices.Restore(checkpoint.LogPrices);
        (_stepsInRegime, Current) = (checkpoint.StepsInRegime, checkpoint.Current);
    }
}
