namespace Auralis.Audio.Analysis;

/// <summary>How much each dimension counts when samples are matched; all equal unless told.</summary>
public sealed record FeatureWeights(
    double Duration = 1,
    double Rms = 1,
    double Peak = 1,
    double Centroid = 1,
    double ZeroCrossingRate = 1,
    double OnsetRate = 1,
    double Pitch = 1,
    double Pitched = 1)
{
    /// <summary>Every dimension weighted 1.</summary>
    public static FeatureWeights Equal { get; } = new();

    /// <summary>The weights indexed by <see cref="SampleFeature"/>, refusing negative or non-finite ones.</summary>
    public double[] ToArray()
    {
        double[] weights = [Duration, Rms, Peak, Centroid, ZeroCrossingRate, OnsetRate, Pitch, Pitched];
        for (var i = 0; i < weights.Length; i++)
        {
            if (!double.IsFinite(weights[i]) || weights[i] < 0)
            {
                throw new ArgumentException($"The weight of {(SampleFeature)i} must be a finite, non-negative number, not {weights[i]}.");
            }
        }

        return weights;
    }
}
