using Auralis.Music.Rhythm;

namespace Auralis.Music.Tests.Rhythm;

public sealed class RhythmPatternTests
{
    private static readonly RhythmPattern Tresillo = Euclidean.Pattern(3, 8, 240);

    [Fact]
    public void Rotating_a_whole_length_changes_nothing_and_rotations_compose()
    {
        Assert.Equal(Tresillo.ToGrid(240), Tresillo.Rotate(1920).ToGrid(240));
        Assert.Equal(Tresillo.Rotate(240).Rotate(480).ToGrid(240), Tresillo.Rotate(720).ToGrid(240));
        Assert.Equal(".x..x..x", Tresillo.Rotate(240).ToGrid(240));
    }

    [Fact]
    public void Repeating_fills_exactly_the_length_asked()
    {
        var twoAndAHalfBars = Tresillo.RepeatTo(1920 * 2 + 960);

        Assert.Equal(4800, twoAndAHalfBars.LengthTicks);
        Assert.Equal([0, 720, 1440, 1920, 2640, 3360, 3840, 4560], twoAndAHalfBars.Onsets.Select(o => o.Tick));
        Assert.All(twoAndAHalfBars.Onsets, o => Assert.True(o.Tick + o.DurationTicks <= 4800));
    }

    [Fact]
    public void Concatenation_and_augmentation_keep_the_shape()
    {
        var twice = Tresillo.Then(Tresillo);
        var doubled = Tresillo.Scale(2);

        Assert.Equal("x..x..x.x..x..x.", twice.ToGrid(240));
        Assert.Equal(Tresillo.InterOnsetIntervals().Select(i => i * 2), doubled.InterOnsetIntervals());
    }

    [Fact]
    public void Malformed_patterns_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new RhythmPattern(480, [new Onset(480, 10)]));
        Assert.Throws<ArgumentException>(() => new RhythmPattern(480, [new Onset(240, 10), new Onset(120, 10)]));
        Assert.Throws<ArgumentException>(() => RhythmPattern.FromDurations([2, 0, 1], 120));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tresillo.Scale(0));
    }
}
