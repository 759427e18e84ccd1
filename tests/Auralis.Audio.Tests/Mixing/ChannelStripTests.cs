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

    [Theory]
    [InlineData(128, 0.2f, 0.1f)]
    [InlineData(61, 0.2f, 0.1f)]
    [InlineData(128, 0f, 0.3f)]
    public void Mixing_into_the_master_and_the_sends_at_once_gives_the_bits_of_one_pass_per_bus(int frames, float reverbSend, float delaySend)
    {
        var random = new Auralis.Music.Randomness.SeededRandom(5);
        float[] Noise() => Enumerable.Range(0, frames).Select(_ => (random.NextSingle() * 2f) - 1f).ToArray();
        var (sourceLeft, sourceRight) = (Noise(), Noise());
        var buses = Enumerable.Range(0, 6).Select(_ => Noise()).ToArray();
        var expected = buses.Select(bus => bus.ToArray()).ToArray();
        var fused = new ChannelStrip { Gain = 0.7f, Pan = 0.3f, ReverbSend = reverbSend, DelaySend = delaySend };
        var separate = new ChannelStrip { Gain = 0.7f, Pan = 0.3f, ReverbSend = reverbSend, DelaySend = delaySend };

        // The second block has its gains at rest: the one-pass path.
        for (var block = 0; block < 2; block++)
        {
            fused.MixInto(sourceLeft, sourceRight, new MixBuses(buses[0], buses[1], buses[2], buses[3], buses[4], buses[5]));
            separate.MixInto(sourceLeft, sourceRight, expected[0], expected[1]);
            foreach (var (send, bus) in new[] { (reverbSend, 2), (delaySend, 4) })
            {
                if (send * 0.7f > 0)
                {
                    Auralis.Audio.Processing.ScalarSampleMath.AddScaled(sourceLeft, send * 0.7f, expected[bus]);
                    Auralis.Audio.Processing.ScalarSampleMath.AddScaled(sourceRight, send * 0.7f, expected[bus + 1]);
                }
            }
        }

        for (var bus = 0; bus < 6; bus++)
        {
            Assert.Equal(expected[bus].Select(BitConverter.SingleToInt32Bits), buses[bus].Select(BitConverter.SingleToInt32Bits));
        }
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
