using System.Numerics;
using Auralis.Audio.Oscillators;

namespace Auralis.Audio.Tests.Oscillators;

public sealed class SinePolynomialTests
{
    private static readonly float[] Phases = [.. Enumerable.Range(0, 100_000).Select(i => i / 100_000f), 0.25f, 0.5f, 0.75f, 1f - (1f / 16_777_216f)];

    [Fact]
    public void The_polynomial_is_within_three_tenths_of_a_millionth_of_the_sine_over_the_whole_cycle()
    {
        var worst = Phases.Max(phase => Math.Abs(SinePolynomial.Sin(phase) - Math.Sin(2 * Math.PI * phase)));

        Assert.True(worst < 3e-7, $"largest error {worst:E2}");
    }

    [Fact]
    public void The_vector_form_gives_the_scalar_forms_bits_in_every_lane()
    {
        var lanes = Vector<float>.Count;
        for (var start = 0; start + lanes <= Phases.Length; start += lanes)
        {
            var vector = SinePolynomial.Sin(new Vector<float>(Phases, start));
            for (var lane = 0; lane < lanes; lane++)
            {
                Assert.Equal(BitConverter.SingleToInt32Bits(SinePolynomial.Sin(Phases[start + lane])), BitConverter.SingleToInt32Bits(vector[lane]));
            }
        }
    }
}
