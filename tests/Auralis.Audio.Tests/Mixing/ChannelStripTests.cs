using Auralis.Audio.Mixing;

namespace Auralis.Audio.Tests.Mixing;

public sealed class ChannelStripTests
{
    [Theory]
    [InlineData(-1f)]
    [InlineData(-0.3f)]
    [InlineData(0f)]
    [InlineData(0.7f)]
    [InlineData(1f)]
    public void Panning_keeps_the_power_constant(float pan)
    {
        var (left, right) = new ChannelStrip { Gain = 1, Pan = pan }.TargetGains();

        Assert.Equal(1.0, (left * left) + (right * right), 5);
    }

    [Fact]
    public void Centre_is_three_decibels_down_on_each_side_and_the_extremes_are_hard()
    {
        var (centreLeft, centreRight) = new ChannelStrip { Gain = 1, Pan = 0 }.TargetGains();
        var (hardLeft, silentRight) = new ChannelStrip { Gain = 1, Pan = -1 }.TargetGains();

        Assert.Equal(-3.01, 20 * Math.Log10(centreLeft), 2);
        Assert.Equal(centreLeft, centreRight, 6);
        Assert.Equal(1, hardLeft, 6);
        Assert.Equal(0, silentRight, 6);
    }

    [Fact]
    public void A_gain_change_ramps_across_the_block_without_a_jump()
    {
        var strip = new ChannelStrip { Gain = 0, Pan = 0 };
        var ones = Enumerable.Repeat(1f, 128).ToArray();
        var left = new float[128];
        var right = new float[128];
        strip.MixInto(ones, ones, left, right);

        strip.Gain = 1;
        Array.Clear(left);
        strip.MixInto(ones, ones, left, right);

        Assert.True(left[0] < 0.01f);
        Assert.Equal(MathF.Cos(MathF.PI / 4), left[^1], 5);
        Assert.All(left.Zip(left.Skip(1)), pair => Assert.True(pair.Second >= pair.First));
    }

    [Fact]
    public void Mixing_adds_to_what_is_already_there()
    {
        var strip = new ChannelStrip { Gain = 1, Pan = -1 };
        var left = Enumerable.Repeat(0.25f, 4).ToArray();
        var right = new float[4];

        strip.MixInto([0.5f, 0.5f, 0.5f, 0.5f], [0.5f, 0.5f, 0.5f, 0.5f], left, right);

        Assert.All(left, s => Assert.Equal(0.75f, s, 5));
        Assert.All(right, s => Assert.Equal(0f, s, 5));
    }
}
