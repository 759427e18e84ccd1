namespace Auralis.Audio.Analysis;

/// <summary>What a sample sounds like in numbers: its length, level, brightness, noisiness, onsets and pitch.</summary>
/// <param name="DurationSeconds">How long the sample lasts.</param>
/// <param name="Rms">The root-mean-square level over the whole sample (linear, full scale 1).</param>
/// <param name="Peak">The largest absolute sample value (linear).</param>
/// <param name="SpectralCentroidHertz">The magnitude-weighted mean frequency; 0 for silence.</param>
/// <param name="ZeroCrossingRate">Sign changes per sample.</param>
/// <param name="OnsetSeconds">Where sounds begin in the sample, ascending.</param>
/// <param name="PitchHertz">The median fundamental of the sample's voiced frames; null when it is unpitched.</param>
public sealed record SampleFeatures(
    double DurationSeconds,
    double Rms,
    double Peak,
    double SpectralCentroidHertz,
    double ZeroCrossingRate,
    IReadOnlyList<double> OnsetSeconds,
    double? PitchHertz)
{
    /// <summary>Onsets per second: 1 / duration for a one-shot, more for a loop or a roll.</summary>
    public double OnsetsPerSecond => DurationSeconds > 0 ? OnsetSeconds.Count / DurationSeconds : 0;

    /// <summary>The pitch read as a note, or null when the sample is unpitched.</summary>
    public NoteReading? Note => PitchHertz is { } hertz ? NoteReading.Of(hertz) : null;
}
