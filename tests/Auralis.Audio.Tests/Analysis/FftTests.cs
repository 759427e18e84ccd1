using Auralis.Audio.Analysis;

namespace Auralis.Audio.Tests.Analysis;

public sealed class FftTests
{
    [Fact]
    public void An_impulse_has_a_flat_spectrum()
    {
        var real = new double[64];
        var imaginary = new double[64];
        real[0] = 1;

        Fft.Transform(real, imaginary);

        Assert.All(real, r => Assert.Equal(1, r, 12));
        Assert.All(imaginary, i => Assert.Equal(0, i, 12));
    }

    [Fact]
    public void A_cosine_on_a_bin_lands_in_that_bin_with_half_the_length_as_magnitude()
    {
        const int n = 256;
        var real = Enumerable.Range(0, n).Select(i => Math.Cos(2 * Math.PI * 10 * i / n)).ToArray();
        var imaginary = new double[n];

        Fft.Transform(real, imaginary);

        Assert.Equal(n / 2.0, Math.Sqrt((real[10] * real[10]) + (imaginary[10] * imaginary[10])), 9);
        Assert.Equal(n / 2.0, Math.Sqrt((real[n - 10] * real[n - 10]) + (imaginary[n - 10] * imaginary[n - 10])), 9);
        Assert.Equal(0, Math.Abs(real[11]) + Math.Abs(imaginary[11]), 9);
    }

    [Fact]
    public void Lengths_that_are_not_powers_of_two_are_refused() =>
        Assert.Throws<ArgumentException>(() => Fft.Transform(new double[100], new double[100]));
}
