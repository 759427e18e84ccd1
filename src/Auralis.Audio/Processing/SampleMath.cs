using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Auralis.Audio.Processing;

/// <summary>Block arithmetic on samples, vectorized with <see cref="Vector{T}"/> and a scalar tail.</summary>
/// <remarks>
/// Each operation has a plain scalar twin in <see cref="ScalarSampleMath"/>; the tests hold the two to the same
/// results, bit for bit, for every length, so the fast path can never drift from the obvious one.
/// </remarks>
public static class SampleMath
{
    /// <summary>destination[i] += source[i] × gain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddScaled(ReadOnlySpan<float> source, float gain, Span<float> destination)
    {
        var length = Math.Min(source.Length, destination.Length);
        var i = 0;
        if (Vector.IsHardwareAccelerated && length >= Vector<float>.Count)
        {
            var sources = MemoryMarshal.Cast<float, Vector<float>>(source[..length]);
            var destinations = MemoryMarshal.Cast<float, Vector<float>>(destination[..length]);
            var gains = new Vector<float>(gain);
            for (var v = 0; v < sources.Length; v++)
            {
                destinations[v] += sources[v] * gains;
            }

            i = sources.Length * Vector<float>.Count;
        }

        for (; i < length; i++)
        {
            destination[i] += source[i] * gain;
        }
    }

    /// <summary>samples[i] ×= gain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scale(Span<float> samples, float gain)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && samples.Length >= Vector<float>.Count)
        {
            var vectors = MemoryMarshal.Cast<float, Vector<float>>(samples);
            var gains = new Vector<float>(gain);
            for (var v = 0; v < vectors.Length; v++)
            {
                vectors[v] *= gains;
            }

            i = vectors.Length * Vector<float>.Count;
        }

        for (; i < samples.Length; i++)
        {
            samples[i] *= gain;
        }
    }

    /// <summary>destination[i] += a[i] × b[i].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddProduct(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> destination)
    {
        var length = Math.Min(Math.Min(a.Length, b.Length), destination.Length);
        var i = 0;
        if (Vector.IsHardwareAccelerated && length >= Vector<float>.Count)
        {
            var first = MemoryMarshal.Cast<float, Vector<float>>(a[..length]);
            var second = MemoryMarshal.Cast<float, Vector<float>>(b[..length]);
            var destinations = MemoryMarshal.Cast<float, Vector<float>>(destination[..length]);
            for (var v = 0; v < first.Length; v++)
            {
                destinations[v] += first[v] * second[v];
            }

            i = first.Length * Vector<float>.Count;
        }

        for (; i < length; i++)
        {
            destination[i] += a[i] * b[i];
        }
    }

    /// <summary>differences[i] = values[i + 1] − values[i], for as many as both hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Difference(ReadOnlySpan<float> values, Span<float> differences)
    {
        var length = Math.Min(values.Length - 1, differences.Length);
        var i = 0;
        if (Vector.IsHardwareAccelerated && length >= Vector<float>.Count)
        {
            var width = Vector<float>.Count;
            for (; i <= length - width; i += width)
            {
                (new Vector<float>(values[(i + 1)..]) - new Vector<float>(values[i..])).CopyTo(differences[i..]);
            }
        }

        for (; i < length; i++)
        {
            differences[i] = values[i + 1] - values[i];
        }
    }

    /// <summary>interleaved[2i] = left[i], interleaved[2i + 1] = right[i], for as many frames as all three hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Interleave(ReadOnlySpan<float> left, ReadOnlySpan<float> right, Span<float> interleaved)
    {
        var frames = Math.Min(Math.Min(left.Length, right.Length), interleaved.Length / 2);
        var i = 0;
        if (Avx.IsSupported && frames >= Vector256<float>.Count)
        {
            // Within each 128-bit half, unpacking pairs frames 0, 1 and 4, 5 (low) and 2, 3 and 6, 7 (high); the halves
            // are then put in frame order.
            ref var l = ref MemoryMarshal.GetReference(left);
            ref var r = ref MemoryMarshal.GetReference(right);
            ref var destination = ref MemoryMarshal.GetReference(interleaved);
            for (; i <= frames - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                var (a, b) = (Vector256.LoadUnsafe(ref l, (nuint)i), Vector256.LoadUnsafe(ref r, (nuint)i));
                var (low, high) = (Avx.UnpackLow(a, b), Avx.UnpackHigh(a, b));
                Avx.Permute2x128(low, high, 0x20).StoreUnsafe(ref destination, (nuint)(2 * i));
                Avx.Permute2x128(low, high, 0x31).StoreUnsafe(ref destination, (nuint)((2 * i) + Vector256<float>.Count));
            }
        }

        for (; i < frames; i++)
        {
            interleaved[2 * i] = left[i];
            interleaved[(2 * i) + 1] = right[i];
        }
    }

    /// <summary>The largest absolute sample.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float Peak(ReadOnlySpan<float> samples)
    {
        var peak = 0f;
        var i = 0;
        if (Vector.IsHardwareAccelerated && samples.Length >= Vector<float>.Count)
        {
            var vectors = MemoryMarshal.Cast<float, Vector<float>>(samples);
            var peaks = Vector<float>.Zero;
            for (var v = 0; v < vectors.Length; v++)
            {
                peaks = Vector.Max(peaks, Vector.Abs(vectors[v]));
            }

            for (var lane = 0; lane < Vector<float>.Count; lane++)
            {
                peak = MathF.Max(peak, peaks[lane]);
            }

            i = vectors.Length * Vector<float>.Count;
        }

        for (; i < samples.Length; i++)
        {
            peak = MathF.Max(peak, MathF.Abs(samples[i]));
        }

        return peak;
    }
}
