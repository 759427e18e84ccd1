using Auralis.Audio.Filters;

namespace Auralis.Audio.Tests.Filters;

public sealed class StateVariableFilterTests
{
    private static double GainDb(FilterMode mode, float cutoff, double hertz, int sampleRate)
    {
        var filter = new StateVariableFilter { Mode = mode };
        filter.Prepare(sampleRate);
        filter.Set(cutoff, 0.7071f);
        double peak = 0;
        for (var i = 0; i < sampleRate; i++)
        {
            var output = filter.Process((float)Math.Sin(2 * Math.PI * hertz * i / sampleRate));
            if (i > sampleRate / 2)
            {
                peak = Math.Max(peak, Math.Abs(output));
            }
        }

        return 20 * Math.Log10(peak);
    }

    [Theory]
    [InlineData(48_000, 1000f)]
    [InlineData(44_100, 2500f)]
    [InlineData(96_000, 300f)]
    public void The_low_pass_is_three_decibels_down_at_its_cutoff(int sampleRate, float cutoff)
    {
        Assert.InRange(GainDb(FilterMode.LowPass, cutoff, cutoff, sampleRate), -3.3, -2.7);
        Assert.InRange(GainDb(FilterMode.LowPass, cutoff, cutoff / 10, sampleRate), -0.2, 0.1);
        Assert.True(GainDb(FilterMode.LowPass, cutoff, cutoff * 4, sampleRate) < -22);
    }

    [Fact]
    public void The_high_pass_mirrors_the_low_pass()
    {
        Assert.InRange(GainDb(FilterMode.HighPass, 1000, 1000, 48_000), -3.3, -2.7);
        Assert.True(GainDb(FilterMode.HighPass, 1000, 250, 48_000) < -22);
        Assert.InRange(GainDb(FilterMode.HighPass, 1000, 10_000, 48_000), -0.2, 0.1);
    }

    [Fact]
    public void The_filter_stays_stable_near_nyquist_with_high_resonance()
    {
        var filter = new StateVariableFilter();
        filter.Prepare(48_000);
        filter.Set(23_000, 40);

        for (var i = 0; i < 48_000; i++)
        {
            Assert.True(float.IsFinite(filter.Process(i % 2 == 0 ? 1f : -1f)));
        }
    }
}
