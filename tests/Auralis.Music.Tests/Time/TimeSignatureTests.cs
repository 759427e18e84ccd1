using Auralis.Music.Time;

namespace Auralis.Music.Tests.Time;

public sealed class TimeSignatureTests
{
    [Theory]
    [InlineData("4/4", 480, 1920)]
    [InlineData("3/4", 480, 1440)]
    [InlineData("6/8", 240, 1440)]
    [InlineData("7/8", 240, 1680)]
    [InlineData("2/2", 960, 1920)]
    public void Bars_and_beats_have_their_tick_lengths(string text, int perBeat, int perBar)
    {
        var signature = TimeSignature.Parse(text);

        Assert.Equal(perBeat, signature.TicksPerBeat);
        Assert.Equal(perBar, signature.TicksPerBar);
    }

    [Fact]
    public void Positions_and_ticks_convert_both_ways()
    {
        var sevenEight = TimeSignature.Parse("7/8");

        var position = sevenEight.PositionOf((1680 * 3) + (240 * 5) + 17);

        Assert.Equal(new MusicalPosition(3, 5, 17), position);
        Assert.Equal("4.6.17", position.ToString());
        for (long tick = 0; tick < 20_000; tick += 37)
        {
            Assert.Equal(tick, sevenEight.TickOf(sevenEight.PositionOf(tick)));
        }
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0/4")]
    [InlineData("4/5")]
    [InlineData("x/4")]
    [InlineData("-3/4")]
    public void Bad_time_signatures_are_refused(string text) =>
        Assert.Throws<FormatException>(() => TimeSignature.Parse(text));
}
