namespace Auralis.Audio.Analysis;

/// <summary>What a caller wants from a sample: any of the features, in their raw units; the ones left null do not count.</summary>
/// <param name="DurationSeconds">The wanted length.</param>
/// <param name="Rms">The wanted RMS level (linear).</param>
/// <param name="Peak">The wanted peak level (linear).</param>
/// <param name="SpectralCentroidHertz">The wanted brightness.</param>
/// <param name="ZeroCrossingRate">The wanted noisiness, sign changes per sample.</param>
/// <param name="OnsetsPerSecond">The wanted onset rate.</param>
/// <param name="PitchHertz">The wanted pitch; asking for one implies a pitched sample.</param>
/// <param name="Pitched">Whether the sample should be pitched at all.</param>
public sealed record SampleRequest(
    double? DurationSeconds = null,
    double? Rms = null,
    double? Peak = null,
    double? SpectralCentroidHertz = null,
    double? ZeroCrossingRate = null,
    double? OnsetsPerSecond = null,
    double? PitchHertz = null,
    bool? Pitched = null)
{
    /// <summary>A request for the sample most like <paramref name="features"/> in every respect.</summary>
    public static SampleRequest Like(SampleFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return new SampleRequest(
            features.DurationSeconds,
            features.Rms,
            features.Peak,
            features.SpectralCentroidHertz,
            features.ZeroCrossingRate,
            features.OnsetsPerSecond,
            features.PitchHertz,
            features.PitchHertz is not null);
    }

    /// <summary>The request on the 0..1 scales, indexed by <see cref="SampleFeature"/>; NaN where nothing was asked.</summary>
    public double[] Normalize()
    {
        Check(DurationSeconds, nameof(DurationSeconds));
        Check(Rms, nameof(Rms));
        Check(Peak, nameof(Peak));
        Check(SpectralCentroidHertz, nameof(SpectralCentroidHertz));
        Check(ZeroCrossingRate, nameof(ZeroCrossingRate));
        Check(OnsetsPerSecond, nameof(OnsetsPerSecond));
        if (PitchHertz is { } pitch && !(pitch > 0))
        {
            throw new ArgumentException($"A requested pitch must be a positive number of hertz, not {pitch}.", nameof(PitchHertz));
        }

        if (PitchHertz is not null && Pitched == false)
        {
            throw new ArgumentException("A request cannot ask for a pitch and for an unpitched sample.", nameof(Pitched));
        }

        var vector = new double[SampleFeatureScale.Dimensions];
        Array.Fill(vector, double.NaN);
        Set(vector, SampleFeature.Duration, DurationSeconds, SampleFeatureScale.Duration);
        Set(vector, SampleFeature.Rms, Rms, SampleFeatureScale.Level);
        Set(vector, SampleFeature.Peak, Peak, SampleFeatureScale.Level);
        Set(vector, SampleFeature.Centroid, SpectralCentroidHertz, SampleFeatureScale.Centroid);
        Set(vector, SampleFeature.ZeroCrossingRate, ZeroCrossingRate, SampleFeatureScale.ZeroCrossingRate);
        Set(vector, SampleFeature.OnsetRate, OnsetsPerSecond, SampleFeatureScale.OnsetRate);
        Set(vector, SampleFeature.Pitch, PitchHertz, SampleFeatureScale.Pitch);
        var pitched = Pitched ?? (PitchHertz is null ? null : true);
        if (pitched is { } wanted)
        {
            vector[(int)SampleFeature.Pitched] = wanted ? 1 : 0;
        }

        return vector;
    }

    private static void Check(double? value, string name)
    {
        if (value is { } number && (!double.IsFinite(number) || number < 0))
        {
            throw new ArgumentException($"A requested {name} must be a finite, non-negative number, not {number}.", name);
        }
    }

    private static void Set(double[] vector, SampleFeature feature, double? value, Func<double, double> scale)
    {
        if (value is { } number)
        {
            vector[(int)feature] = scale(number);
        }
    }
}
