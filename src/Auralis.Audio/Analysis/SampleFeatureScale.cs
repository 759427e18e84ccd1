namespace Auralis.Audio.Analysis;

/// <summary>Maps raw feature values onto the fixed 0..1 scales of <see cref="SampleFeature"/>.</summary>
public static class SampleFeatureScale
{
    /// <summary>How many dimensions the space has.</summary>
    public static int Dimensions { get; } = Enum.GetValues<SampleFeature>().Length;

    /// <summary>A duration in seconds on its 0..1 scale.</summary>
    public static double Duration(double seconds) => LogScale(seconds, 0.01, 30);

    /// <summary>A linear level (RMS or peak) on its 0..1 scale.</summary>
    public static double Level(double linear) => linear <= 0 ? 0 : Math.Clamp(((20 * Math.Log10(linear)) + 60) / 60, 0, 1);

    /// <summary>A frequency in hertz (the spectral centroid) on its 0..1 scale.</summary>
    public static double Centroid(double hertz) => LogScale(hertz, 20, 20_000);

    /// <summary>A zero-crossing rate (per sample) on its 0..1 scale.</summary>
    public static double ZeroCrossingRate(double perSample) => LogScale(perSample, 1e-4, 1);

    /// <summary>An onset rate (per second) on its 0..1 scale.</summary>
    public static double OnsetRate(double perSecond) => Math.Clamp(perSecond / 16, 0, 1);

    /// <summary>A pitch in hertz on its 0..1 scale.</summary>
    public static double Pitch(double hertz) => Math.Clamp(NoteReading.MidiOf(hertz) / 127, 0, 1);

    /// <summary>Every dimension of <paramref name="features"/>, indexed by <see cref="SampleFeature"/>; the pitch is NaN when unpitched.</summary>
    public static double[] Normalize(SampleFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var vector = new double[Dimensions];
        vector[(int)SampleFeature.Duration] = Duration(features.DurationSeconds);
        vector[(int)SampleFeature.Rms] = Level(features.Rms);
        vector[(int)SampleFeature.Peak] = Level(features.Peak);
        vector[(int)SampleFeature.Centroid] = Centroid(features.SpectralCentroidHertz);
        vector[(int)SampleFeature.ZeroCrossingRate] = ZeroCrossingRate(features.ZeroCrossingRate);
        vector[(int)SampleFeature.OnsetRate] = OnsetRate(features.OnsetsPerSecond);
        vector[(int)SampleFeature.Pitch] = features.PitchHertz is { } hertz ? Pitch(hertz) : double.NaN;
        vector[(int)SampleFeature.Pitched] = features.PitchHertz is null ? 0 : 1;
        return vector;
    }

    private static double LogScale(double value, double low, double high) =>
        value <= low ? 0 : Math.Clamp(Math.Log(value / low) / Math.Log(high / low), 0, 1);
}
