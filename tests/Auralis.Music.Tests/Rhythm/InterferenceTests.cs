using Auralis.Music.Rhythm;

namespace Auralis.Music.Tests.Rhythm;

public sealed class InterferenceTests
{
    [Theory]
    [InlineData(new[] { 3, 2 }, new[] { 2, 1, 1, 2 })]
    [InlineData(new[] { 4, 3 }, new[] { 3, 1, 2, 2, 1, 3 })]
    [InlineData(new[] { 5, 4 }, new[] { 4, 1, 3, 2, 2, 3, 1, 4 })]
    [InlineData(new[] { 3, 2, 1 }, new[] { 1, 1, 1, 1, 1, 1 })]
    [InlineData(new[] { 2, 3, 5 }, new[] { 2, 1, 1, 1, 1, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 1, 1, 1, 1, 2 })]
    public void Resultants_follow_Schillingers_tables(int[] generators, int[] expected) =>
        Assert.Equal(expected, Interference.Resultant(generators));

    [Fact]
    public void A_resultant_is_symmetric_and_fills_the_common_product()
    {
        foreach (var (a, b) in new[] { (3, 2), (5, 3), (7, 4), (8, 5), (9, 7) })
        {
            var durations = Interference.Resultant(a, b);
            Assert.Equal(a * b, durations.Sum());
            Assert.Equal(durations, durations.Reverse());
        }
    }

    [Fact]
    public void A_resultant_becomes_a_pattern_in_ticks()
    {
        var pattern = Interference.Pattern(120, 3, 2);

        Assert.Equal(720, pattern.LengthTicks);
        Assert.Equal([0, 240, 360, 480], pattern.Onsets.Select(o => o.Tick));
    }

    [Fact]
    public void Bad_generators_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Interference.Resultant(3));
        Assert.Throws<ArgumentException>(() => Interference.Resultant(2, 3, 5, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => Interference.Resultant(3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Interference.Resultant(4, -2));
    }
}
