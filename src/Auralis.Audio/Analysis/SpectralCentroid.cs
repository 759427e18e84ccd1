namespace Auralis.Audio.Analysis;

/// <summary>A sound's brightness: the magnitude-weighted mean frequency of its spectrum over its whole length.</summary>
public static class SpectralCentroid
{
    private const int FrameLength = 2048;

    /// <summary>The centroid of <paramref name="mono"/> in hertz; 0 for silence.</summary>
    /// <remarks>Frames are pooled before dividing, so loud frames count for more than the quiet tail of a decaying sample.</remarks>
    public static double Of(ReadOnlySpan<float> mono, int sampleRate)
    {
        AudioArguments.Validate(mono, sampleRate, nameof(mono));
        var weighted = 0.0;
        var total = 0.0;
        foreach (var magnitudes in MagnitudeFrames.Of(mono, FrameLength, FrameLength / 2))
        {
            for (var k = 1; k < magnitudes.Length; k++)
            {
                weighted += magnitudes[k] * Fft.FrequencyOf(k, FrameLength, sampleRate);
                total += magnitudes[k];
            }
        }

        return total > 1e-12 ? weighted / total : 0;
    }
}
