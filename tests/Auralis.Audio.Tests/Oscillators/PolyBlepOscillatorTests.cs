using Auralis.Audio.Analysis;
using Auralis.Audio.Oscillators;

namespace Auralis.Audio.Tests.Oscillators;

public sealed class PolyBlepOscillatorTests
{
    private const int Size = 16_384;

    private static float[] Render(Waveform waveform, double hertz, int sampleRate)
    {
        var oscillator = new PolyBlepOscillator { Waveform = waveform };
        oscillator.Prepare(sampleRate);
        oscillator.SetFrequency(hertz);
        var output = new float[Size + 4096];
        oscillator.Render(output);
        return output[4096..];
    }

    [Theory]
    [InlineData(Waveform.Sine, 48_000)]
    [InlineData(Waveform.Saw, 48_000)]
    [InlineData(Waveform.Pulse, 44_100)]
    [InlineData(Waveform.Triangle, 44_100)]
    [InlineData(Waveform.Saw, 44_100)]
    public void The_spectrum_peaks_at_the_fundamental(Waveform waveform, int sampleRate)
    {
        const double hertz = 440;

        var spectrum = Fft.MagnitudeSpectrum(Render(waveform, hertz, sampleRate));

        var peak = Array.IndexOf(spectrum, spectrum.Max());
        Assert.InRange(Fft.FrequencyOf(peak, Size, sampleRate), hertz - (sampleRate / (double)Size), hertz + (sampleRate / (double)Size));
    }

    [Fact]
    public void A_square_has_odd_harmonics_and_almost_no_even_ones()
    {
        var spectrum = Fft.MagnitudeSpectrum(Render(Waveform.Pulse, 375, 48_000));
        double At(double hertz) => spectrum[(int)Math.Round(hertz * Size / 48_000)];

        Assert.True(At(1125) > At(750) * 30);
        Assert.True(At(1875) > At(1500) * 30);
    }

    [Fact]
    public void The_polyblep_saw_aliases_far_less_than_a_naive_saw()
    {
        const int rate = 48_000;
        const double hertz = 3_000.0 + (1.0 / 3.0);
        var naive = new float[Size];
        for (var i = 0; i < Size; i++)
        {
            var phase = (hertz * (i + 4096) / rate) % 1.0;
            naive[i] = (float)((2 * phase) - 1);
        }

        var blepAlias = AliasEnergy(Fft.MagnitudeSpectrum(Render(Waveform.Saw, hertz, rate)), hertz, rate);
        var naiveAlias = AliasEnergy(Fft.MagnitudeSpectrum(naive), hertz, rate);

        Assert.True(10 * Math.Log10(naiveAlias / blepAlias) > 10, $"only {10 * Math.Log10(naiveAlias / blepAlias):0.0} dB less aliasing");
    }

    [Fact]
    public void The_output_stays_within_range()
    {
        foreach (var waveform in Enum.GetValues<Waveform>())
        {
            Assert.All(Render(waveform, 1234.5, 48_000), s => Assert.InRange(s, -1.2f, 1.2f));
        }
    }

    // Energy in bins that lie away from every harmonic of the fundamental: what aliasing puts there.
    private static double AliasEnergy(double[] spectrum, double hertz, int rate)
    {
        var energy = 0.0;
        for (var bin = 1; bin < spectrum.Length; bin++)
        {
            var frequency = Fft.FrequencyOf(bin, Size, rate);
            var harmonic = frequency / hertz;
            if (Math.Abs(harmonic - Math.Round(harmonic)) * hertz > 60)
            {
                energy += spectrum[bin] * spectrum[bin];
            }
        }

        return energy;
    }
}
