using Auralis.Audio.Analysis;
using Auralis.Audio.Modulation;
using Auralis.Audio.Oscillators;

namespace Auralis.Audio.Tests.Modulation;

public sealed class ModulationTests
{
    [Fact]
    public void An_lfo_completes_its_cycle_at_its_rate()
    {
        var lfo = new Lfo { Shape = LfoShape.Saw, RateHz = 2, Depth = 0.5f };
        var values = Enumerable.Range(0, 380).Select(_ => lfo.Advance(128, 48_000)).ToArray();

        // 380 blocks of 128 frames is just over a second: the ramp wraps twice.
        Assert.Equal(2, values.Zip(values.Skip(1)).Count(p => p.Second < p.First));
        Assert.All(values, v => Assert.InRange(v, -0.5f, 0.5f));
    }

    [Theory]
    [InlineData(LfoShape.Sine, 0.25, 1f)]
    [InlineData(LfoShape.Triangle, 0.25, 0f)]
    [InlineData(LfoShape.Triangle, 0.5, 1f)]
    [InlineData(LfoShape.Square, 0.75, -1f)]
    [InlineData(LfoShape.Saw, 0.0, -1f)]
    public void Lfo_shapes_have_their_values(LfoShape shape, double phase, float expected)
    {
        var lfo = new Lfo { Shape = shape };
        lfo.Reset(phase);

        Assert.Equal(expected, lfo.Value, 4);
    }

    [Fact]
    public void Noise_repeats_with_its_seed_and_white_noise_averages_to_zero()
    {
        var a = new Noise(9);
        var b = new Noise(9);
        var samples = Enumerable.Range(0, 48_000).Select(_ => a.White()).ToArray();

        Assert.Equal(samples, Enumerable.Range(0, 48_000).Select(_ => b.White()));
        Assert.InRange(samples.Average(), -0.02, 0.02);
        Assert.All(samples, s => Assert.InRange(s, -1f, 1f));
    }

    [Fact]
    public void Pink_noise_falls_about_three_decibels_per_octave()
    {
        var noise = new Noise(4);
        const int size = 1 << 15;
        var pink = Enumerable.Range(0, size).Select(_ => noise.Pink()).ToArray();
        var spectrum = Fft.MagnitudeSpectrum(pink);
        double Band(double low) => Enumerable.Range((int)(low * size / 48_000), (int)(low * size / 48_000)).Average(k => spectrum[k] * spectrum[k]);

        var octaveDrop = 10 * Math.Log10(Band(500) / Band(1000));

        Assert.InRange(octaveDrop, 1.5, 4.5);
    }
}
