using Auralis.Music.Rhythm;

namespace Auralis.Music.Tests.Rhythm;

public sealed class EuclideanTests
{
    [Theory]
    [InlineData(3, 8, "x..x..x.")]
    [InlineData(5, 8, "x.xx.xx.")]
    [InlineData(2, 5, "x.x..")]
    [InlineData(3, 4, "x.xx")]
    [InlineData(3, 7, "x.x.x..")]
    [InlineData(4, 9, "x.x.x.x..")]
    [InlineData(4, 11, "x..x..x..x.")]
    [InlineData(5, 12, "x..x.x..x.x.")]
    [InlineData(5, 16, "x..x..x..x..x...")]
    [InlineData(7, 12, "x.xx.x.xx.x.")]
    [InlineData(7, 16, "x..x.x.x..x.x.x.")]
    [InlineData(9, 16, "x.xx.x.x.xx.x.x.")]
    public void Patterns_match_Toussaints_table_up_to_rotation(int pulses, int steps, string expected)
    {
        var grid = new string(Euclidean.Steps(pulses, steps).Select(hit => hit ? 'x' : '.').ToArray());

        Assert.Contains(grid, Rotations(expected));
    }

    [Fact]
    public void Onsets_are_spread_as_evenly_as_possible()
    {
        for (var steps = 1; steps <= 32; steps++)
        {
            for (var pulses = 1; pulses <= steps; pulses++)
            {
                var gaps = Euclidean.Pattern(pulses, steps, 1).InterOnsetIntervals();
                Assert.Equal(pulses, gaps.Count);
                Assert.Equal(steps, gaps.Sum());
                Assert.InRange(gaps.Max() - gaps.Min(), 0, 1);
            }
        }
    }

    [Fact]
    public void Rotation_moves_the_pattern_to_the_right()
    {
        Assert.Equal("..x..x..x.".Length, Euclidean.Steps(3, 10).Length);
        Assert.Equal(".x..x..x", new string(Euclidean.Steps(3, 8, rotation: 1).Select(h => h ? 'x' : '.').ToArray()));
        Assert.Equal(Euclidean.Steps(3, 8), Euclidean.Steps(3, 8, rotation: 8));
    }

    [Fact]
    public void Patterns_become_onsets_in_ticks()
    {
        var tresillo = Euclidean.Pattern(3, 8, stepTicks: 240);

        Assert.Equal(1920, tresillo.LengthTicks);
        Assert.Equal([0, 720, 1440], tresillo.Onsets.Select(o => o.Tick));
        Assert.Equal([720, 720, 480], tresillo.Onsets.Select(o => o.DurationTicks));
    }

    [Fact]
    public void Impossible_patterns_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Euclidean.Steps(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Euclidean.Steps(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Euclidean.Steps(-1, 4));
        Assert.All(Euclidean.Steps(0, 4), hit => Assert.False(hit));
    }

    private static IEnumerable<string> Rotations(string grid) => Enumerable.Range(0, grid.Length).Select(i => grid[i..] + grid[..i]);
}
