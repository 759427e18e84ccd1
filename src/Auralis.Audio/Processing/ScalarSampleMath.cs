namespace Auralis.Audio.Processing;

/// <summary>The plain scalar loops that <see cref="SampleMath"/> must match: the reference for its tests and for readers.</summary>
public static class ScalarSampleMath
{
    /// <summary>destination[i] += source[i] × gain.</summary>
    public static void AddScaled(ReadOnlySpan<float> source, float gain, Span<float> destination)
    {
        for (var i = 0; i < Math.Min(source.Length, destination.Length); i++)
        {
            destination[i] += source[i] * gain;
        }
    }

    /// <summary>samples[i] ×= gain.</summary>
    public static void Scale(Span<float> samples, float gain)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] *= gain;
        }
    }

    /// <summary>destination[i] += a[i] × b[i].</summary>
    public static void AddProduct(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> destination)
    {
        for (var i = 0; i < Math.Min(Math.Min(a.Length, b.Length), destination.Length); i++)
        {
            destination[i] += a[i] * b[i];
        }
    }

    /// <summary>differences[i] = values[i + 1] − values[i], for as many as both hold.</summary>
    public static void Difference(ReadOnlySpan<float> values, Span<float> differences)
    {
        for (var i = 0; i < Math.Min(values.Length - 1, differences.Length); i++)
        {
            differences[i] = values[i + 1] - values[i];
        }
    }

    /// <summary>interleaved[2i] = left[i], interleaved[2i + 1] = right[i], for as many frames as all three hold.</summary>
    public static void Interleave(ReadOnlySpan<float> left, ReadOnlySpan<float> right, Span<float> interleaved)
    {
        for (var i = 0; i < Math.Min(Math.Min(left.Length, right.Length), interleaved.Length / 2); i++)
        {
            interleaved[2 * i] = left[i];
            interleaved[(2 * i) + 1] = right[i];
        }
    }

    /// <summary>The largest absolute sample.</summary>
    public static float Peak(ReadOnlySpan<float> samples)
    {
        var peak = 0f;
        foreach (var sample in samples)
        {
            peak = MathF.Max(peak, MathF.Abs(sample));
        }

        return peak;
    }
}
