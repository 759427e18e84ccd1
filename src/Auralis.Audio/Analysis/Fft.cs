namespace Auralis.Audio.Analysis;

/// <summary>An in-place radix-2 complex FFT with a Hann window and magnitude spectra, for measurement and pitch analysis.</summary>
public static class Fft
{
    /// <summary>Transforms <paramref name="real"/> and <paramref name="imaginary"/> in place (forward, unscaled).</summary>
    public static void Transform(Span<double> real, Span<double> imaginary)
    {
        var n = real.Length;
        if (n != imaginary.Length || n == 0 || (n & (n - 1)) != 0)
        {
            throw new ArgumentException("An FFT takes two spans of the same power-of-two length.", nameof(real));
        }

        for (int i = 1, j = 0; i < n; i++)
        {
            var bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }

            j ^= bit;
            if (i < j)
            {
                (real[i], real[j]) = (real[j], real[i]);
                (imaginary[i], imaginary[j]) = (imaginary[j], imaginary[i]);
            }
        }

        for (var length = 2; length <= n; length <<= 1)
        {
            var angle = -2 * Math.PI / length;
            var (stepReal, stepImaginary) = (Math.Cos(angle), Math.Sin(angle));
            for (var start = 0; start < n; start += length)
            {
                var (wReal, wImaginary) = (1.0, 0.0);
                for (var k = 0; k < length / 2; k++)
                {
                    var a = start + k;
                    var b = a + (length / 2);
                    var tReal = (real[b] * wReal) - (imaginary[b] * wImaginary);
                    var tImaginary = (real[b] * wImaginary) + (imaginary[b] * wReal);
                    real[b] = real[a] - tReal;
                    imaginary[b] = imaginary[a] - tImaginary;
                    real[a] += tReal;
                    imaginary[a] += tImaginary;
                    (wReal, wImaginary) = ((wReal * stepReal) - (wImaginary * stepImaginary), (wReal * stepImaginary) + (wImaginary * stepReal));
                }
            }
        }
    }

    /// <summary>The magnitudes of bins 0..N/2 of <paramref name="signal"/> (length a power of two), Hann-windowed when asked.</summary>
    public static double[] MagnitudeSpectrum(ReadOnlySpan<float> signal, bool window = true)
    {
        var n = signal.Length;
        var real = new double[n];
        var imaginary = new double[n];
        for (var i = 0; i < n; i++)
        {
            real[i] = signal[i] * (window ? Hann(i, n) : 1.0);
        }

        Transform(real, imaginary);
        var magnitudes = new double[(n / 2) + 1];
        for (var k = 0; k < magnitudes.Length; k++)
        {
            magnitudes[k] = Math.Sqrt((real[k] * real[k]) + (imaginary[k] * imaginary[k]));
        }

        return magnitudes;
    }

    /// <summary>The Hann window's value at sample <paramref name="i"/> of <paramref name="n"/>.</summary>
    public static double Hann(int i, int n) => 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / (n - 1)));

    /// <summary>The frequency in hertz of bin <paramref name="bin"/> of an FFT of <paramref name="size"/> points.</summary>
    public static double FrequencyOf(int bin, int size, double sampleRate) => bin * sampleRate / size;
}
