using Auralis.Protocol.Osc;

namespace Auralis.Protocol.Tests.Osc;

public class OscTimeTagTests
{
    [Fact]
    public void One_means_immediately()
    {
        Assert.True(new OscTimeTag(1).IsImmediately);
        Assert.Equal(1UL, OscTimeTag.Immediately.Value);
        Assert.False(OscTimeTag.FromDateTimeOffset(DateTimeOffset.UnixEpoch).IsImmediately);
    }

    [Fact]
    public void The_unix_epoch_is_2208988800_seconds_after_the_ntp_epoch()
    {
        var tag = OscTimeTag.FromDateTimeOffset(DateTimeOffset.UnixEpoch);

        Assert.Equal(2_208_988_800u, tag.Seconds);
        Assert.Equal(0u, tag.Fraction);
        Assert.Equal(DateTimeOffset.UnixEpoch, tag.ToDateTimeOffset());
    }

    [Fact]
    public void Half_a_second_is_half_of_the_fraction()
    {
        var tag = OscTimeTag.FromDateTimeOffset(DateTimeOffset.UnixEpoch.AddMilliseconds(500));

        Assert.Equal(0x8000_0000u, tag.Fraction);
    }

    [Fact]
    public void Times_survive_the_trip_through_a_tag_to_the_tick_on_both_sides_of_the_2036_wrap()
    {
        var random = new XorShift(0x2036);
        var span = (OscTimeTag.EndTime - OscTimeTag.MinTime).Ticks;
        for (var i = 0; i < 10_000; i++)
        {
            var time = OscTimeTag.MinTime.AddTicks((long)(random.Next() % (ulong)span));
            Assert.Equal(time, OscTimeTag.FromDateTimeOffset(time).ToDateTimeOffset());
        }

        var afterWrap = new DateTimeOffset(2040, 6, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(afterWrap, OscTimeTag.FromDateTimeOffset(afterWrap).ToDateTimeOffset());
        Assert.True(OscTimeTag.FromDateTimeOffset(afterWrap).Seconds < 0x8000_0000u);
    }

    [Fact]
    public void Times_a_tag_cannot_carry_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OscTimeTag.FromDateTimeOffset(new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Throws<ArgumentOutOfRangeException>(() => OscTimeTag.FromDateTimeOffset(OscTimeTag.EndTime));
    }
}
