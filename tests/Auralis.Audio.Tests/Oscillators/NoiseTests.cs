using Auralis.Audio.Oscillators;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Tests.Oscillators;

public sealed class NoiseTests
{
    [Fact]
    public void White_noise_is_the_seeded_generators_stream_whether_drawn_one_by_one_or_by_the_block()
    {
        var generator = new SeededRandom(0x0D5);
        var expected = Enumerable.Range(0, 1000).Select(_ => (generator.NextSingle() * 2f) - 1f).ToArray();
        var single = new Noise(0x0D5);
        var blocks = new Noise(0x0D5);

        var one = Enumerable.Range(0, 1000).Select(_ => single.White()).ToArray();
        var block = new float[1000];
        blocks.RenderWhite(block.AsSpan(0, 333));
        block[333] = blocks.White();
        blocks.RenderWhite(block.AsSpan(334));

        Assert.Equal(expected, one);
        Assert.Equal(expected, block);
    }
}
