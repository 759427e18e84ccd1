using Auralis.Audio.Analysis.Loudness;

namespace Auralis.Audio.Analysis;

/// <summary>
/// How a stereo mix sits: its power per octave, how wide it is (side against mid) and how loud (BS.1770 integrated
/// loudness and true peak), measured over a whole programme.
/// </summary>
/// <param name="OctaveDecibels">Power per octave in dB (relative to full scale), one per <see cref="OctaveEdges"/> band.</param>
/// <param name="SideToMidDecibels">The side signal's power against the mid signal's, in dB (−∞ for mono).</param>
/// <param name="IntegratedLufs">The programme's integrated loudness.</param>
/// <param name="TruePeakDbtp">The programme's true peak.</param>
public sealed record MixBalance(double[] OctaveDecibels, double SideToMidDecibels, double IntegratedLufs, double TruePeakDbtp)
{
    private const int FftSize = 8_192;

    /// <summary>The lower edge of each octave band, in hertz: 31.25–62.5 Hz up to 8–16 kHz (the last band's upper edge is 16 kHz).</summary>
    public static IReadOnlyList<double> OctaveEdges { get; } = [.. Enumerable.Range(0, 9).Select(k => 31.25 * Math.Pow(2, k))];

    /// <summary>The power of the octave starting at <paramref name="lowerHertz"/> (one of <see cref="OctaveEdges"/>) relative to the loudest octave, in dB.</summary>
    public double OctaveRelative(double lowerHertz)
    {
        var index = OctaveEdges.ToList().IndexOf(lowerHertz);
        if (index < 0)
        {
            throw new ArgumentException($"{lowerHertz} Hz is not the lower edge of a measured octave.", nameof(lowerHertz));
        }

        return OctaveDecibels[index] - OctaveDecibels.Max();
    }

    /// <summary>Measures interleaved stereo at <paramref name="sampleRate"/>: octaves from Hann-windowed FFTs of the mid signal, half overlapping.</summary>
    public static MixBalance Measure(ReadOnlySpan<float> interleavedStereo, int sampleRate)
    {
        if (interleavedStereo.Length % 2 != 0)
        {
            throw new ArgumentException("Interleaved stereo holds an even number of samples.", nameof(interleavedStereo));
        }

        var frames = interleavedStereo.Length / 2;
        var meter = new LoudnessMeter(sampleRate, frames / (double)sampleRate);
        meter.Process(interleavedStereo);
        var (midPower, sidePower) = (0.0, 0.0);
        var mid = new float[frames];
        for (var i = 0; i < frames; i++)
        {
            double left = interleavedStereo[2 * i], right = interleavedStereo[(2 * i) + 1];
            var (m, s) = ((left + right) / 2, (left - right) / 2);
            midPower += m * m;
            sidePower += s * s;
            mid[i] = (float)m;
        }

        var octaves = OctavePowers(mid, sampleRate).Select(p => p > 0 ? 10 * Math.Log10(p) : double.NegativeInfinity).ToArray();
        var width = sidePower > 0 && midPower > 0 ? 10 * Math.Log10(sidePower / midPower) : double.NegativeInfinity;
        return new MixBalance(octaves, width, meter.IntegratedLufs, meter.TruePeakDbtp);
    }

    private static double[] OctavePowers(float[] signal, int sampleRate)
    {
        var powers = new double[OctaveEdges.Count];
        var (real, imaginary) = (new double[FftSize], new double[FftSize]);
        var windows = 0;
        for (var start = 0; start + FftSize <= signal.Length; start += FftSize / 2, windows++)
        {
            for (var i = 0; i < FftSize; i++)
            {
                real[i] = signal[start + i] * Fft.Hann(i, FftSize);
            }

            Array.Clear(imaginary);
            Fft.Transform(real, imaginary);
            for (var bin = 1; bin < FftSize / 2; bin++)
            {
                var frequency = Fft.FrequencyOf(bin, FftSize, sampleRate);
                var band = (int)Math.Floor(Math.Log2(frequency / OctaveEdges[0]));
                if (band >= 0 && band < powers.Length)
                {
                    powers[band] += (real[bin] * real[bin]) + (imaginary[bin] * imaginary[bin]);
                }
            }
        }

        // Parseval with the Hann window's power (3/8) and the one-sided spectrum: a full-scale sine reads about −3 dB.
        var scale = windows == 0 ? 0 : 2.0 / (windows * (double)FftSize * FftSize * 0.375);
        return [.. powers.Select(p => p * scale)];
    }
}
