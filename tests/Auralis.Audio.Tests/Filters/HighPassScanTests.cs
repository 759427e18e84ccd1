using Auralis.Audio.Filters;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Tests.Filters;

public sealed class HighPassScanTests
{
    // Blocks of every length from 1 to 40, so that groups of eight end everywhere and blocks end mid-group.
    private static IEnumerable<int> BlockLengths() => Enumerable.Range(1, 40).Concat([128, 128, 3, 128]);

    private static float[] Noise(int length)
    {
        var random = new SeededRandom(11);
        return Enumerable.Range(0, length).Select(_ => (random.NextSingle() * 2f) - 1f).ToArray();
    }

    private static float[] Filter(HighPassScan filter, float[] input, bool vectors)
    {
        var output = new float[input.Length];
        var (done, lastInput, lastOutput) = (0, 0f, 0f);
        var blockInput = new float[129];
        var blockOutput = new float[129];
        foreach (var length in BlockLengths())
        {
            blockInput[0] = lastInput;
            blockOutput[0] = lastOutput;
            input.AsSpan(done, length).CopyTo(blockInput.AsSpan(1));
            lastOutput = filter.Process(blockInput.AsSpan(0, length + 1), blockOutput.AsSpan(0, length + 1), vectors);
            lastInput = blockInput[length];
            blockOutput.AsSpan(1, length).CopyTo(output.AsSpan(done));
            done += length;
        }

        return output;
    }

    [Theory]
    [InlineData(0.9f)]
    [InlineData(0.4f)]
    public void Follows_the_one_pole_recurrence_across_blocks(float coefficient)
    {
        var input = Noise(BlockLengths().Sum());
        var output = Filter(new HighPassScan(coefficient), input, vectors: true);

        var (state, last) = (0.0, 0.0);
        for (var n = 0; n < input.Length; n++)
        {
            state = coefficient * (state + input[n] - last);
            last = input[n];
            Assert.True(Math.Abs(output[n] - state) < 2e-6, $"frame {n}: {output[n]} against {state}");
        }
    }

    [Fact]
    public void Removes_a_constant_and_passes_an_alternation()
    {
        var filter = new HighPassScan(0.4f);
        var constant = Filter(filter, Enumerable.Repeat(0.5f, BlockLengths().Sum()).ToArray(), vectors: true);
        var alternation = Filter(filter, Enumerable.Range(0, BlockLengths().Sum()).Select(i => i % 2 == 0 ? 0.5f : -0.5f).ToArray(), vectors: true);

        Assert.True(Math.Abs(constant[^1]) < 1e-6);
        // At the Nyquist frequency the gain is 2a / (1 + a).
        Assert.Equal(0.5 * 2 * 0.4 / 1.4, Math.Abs(alternation[^1]), 4);
    }

    [Theory]
    [InlineData(0.9f)]
    [InlineData(0.4f)]
    public void The_vector_loop_equals_the_lane_by_lane_loop_bit_for_bit(float coefficient)
    {
        var input = Noise(BlockLengths().Sum());
        var fast = Filter(new HighPassScan(coefficient), input, vectors: true);
        var reference = Filter(new HighPassScan(coefficient), input, vectors: false);

        Assert.Equal(reference.Select(BitConverter.SingleToInt32Bits), fast.Select(BitConverter.SingleToInt32Bits));
    }
}
