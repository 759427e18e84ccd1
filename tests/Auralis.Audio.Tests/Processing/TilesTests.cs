using Auralis.Audio.Processing;

namespace Auralis.Audio.Tests.Processing;

public sealed class TilesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(128)]
    public void Rows_become_lanes_frame_by_frame_and_come_back_unchanged(int frames)
    {
        var rows = Enumerable.Range(0, 8).Select(r => Enumerable.Range(0, frames + 3).Select(i => (r * 1000f) + i).ToArray()).ToArray();
        var lanes = new float[frames * 8];

        Tiles.ToLanes(rows[0], rows[1], rows[2], rows[3], rows[4], rows[5], rows[6], rows[7], lanes, frames);
        var back = Enumerable.Range(0, 8).Select(_ => new float[frames + 3]).ToArray();
        Tiles.ToRows(lanes, back[0], back[1], back[2], back[3], back[4], back[5], back[6], back[7], frames);

        for (var i = 0; i < frames; i++)
        {
            for (var r = 0; r < 8; r++)
            {
                Assert.Equal(rows[r][i], lanes[(i * 8) + r]);
                Assert.Equal(rows[r][i], back[r][i]);
            }
        }

        Assert.All(back, row => Assert.Equal([0f, 0f, 0f], row[frames..]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(128)]
    public void Lanes_added_in_place_equal_rows_added_one_after_another_bit_for_bit(int frames)
    {
        // Values whose sums round differently in another order, so a reordered addition shows.
        var random = new Random(frames);
        var lanes = Enumerable.Range(0, frames * 8).Select(_ => (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-4, 5)))).ToArray();
        var start = Enumerable.Range(0, frames).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var rows = Enumerable.Range(0, 8).Select(_ => new float[frames]).ToArray();
        Tiles.ToRows(lanes, rows[0], rows[1], rows[2], rows[3], rows[4], rows[5], rows[6], rows[7], frames);
        var expected = start.ToArray();
        Tiles.AddRows(rows[0], rows[1], rows[2], rows[3], rows[4], rows[5], rows[6], rows[7], expected);
        var inOrder = start.Select((s, i) => Enumerable.Range(0, 8).Aggregate(s, (sum, lane) => sum + lanes[(i * 8) + lane])).ToArray();
        var added = start.ToArray();

        Tiles.AddLanes(lanes, added);

        Assert.Equal(inOrder.Select(BitConverter.SingleToInt32Bits), expected.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), added.Select(BitConverter.SingleToInt32Bits));
        Assert.Throws<ArgumentException>(() => Tiles.AddLanes(lanes.AsSpan(1), added));
    }
}
