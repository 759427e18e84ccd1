using Auralis.Audio.Processing;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Tests.Processing;

public sealed class SampleMathTests
{
    private static float[] Random(int length, ulong seed)
    {
        var random = new SeededRandom(seed);
        return Enumerable.Range(0, length).Select(_ => (random.NextSingle() * 4f) - 2f).ToArray();
    }

    public static TheoryData<int> Lengths()
    {
        var lengths = new TheoryData<int>();
        foreach (var length in Enumerable.Range(0, 68))
        {
            lengths.Add(length);
        }

        lengths.Add(128);
        lengths.Add(1000);
        return lengths;
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Vector_loops_equal_the_scalar_reference_bit_for_bit(int length)
    {
        var source = Random(length, 1);
        var other = Random(length, 2);
        var fast = Random(length, 3);
        var reference = fast.ToArray();

        SampleMath.AddScaled(source, 0.37f, fast);
        ScalarSampleMath.AddScaled(source, 0.37f, reference);
        Assert.Equal(reference, fast);

        SampleMath.AddProduct(source, other, fast);
        ScalarSampleMath.AddProduct(source, other, reference);
        Assert.Equal(reference, fast);

        SampleMath.Scale(fast, -1.25f);
        ScalarSampleMath.Scale(reference, -1.25f);
        Assert.Equal(reference, fast);

        Assert.Equal(ScalarSampleMath.Peak(reference), SampleMath.Peak(fast));

        var differences = Random(length, 5);
        var expectedDifferences = differences.ToArray();
        SampleMath.Difference(source, differences);
        ScalarSampleMath.Difference(source, expectedDifferences);
        Assert.Equal(expectedDifferences, differences);
        Assert.True(length < 2 || differences[0] == source[1] - source[0]);

        var interleaved = Random((2 * length) + 1, 4);
        var expected = interleaved.ToArray();
        SampleMath.Interleave(source, other, interleaved);
        ScalarSampleMath.Interleave(source, other, expected);
        Assert.Equal(expected, interleaved);
    }
}
