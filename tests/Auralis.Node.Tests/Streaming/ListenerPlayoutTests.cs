using Auralis.Node.Streaming;

namespace Auralis.Node.Tests.Streaming;

public sealed class ListenerPlayoutTests
{
    // Ticks are milliseconds here, so 48 frames play in one tick.
    private const int Rate = 48_000;
    private const int Chunk = 960;

    [Fact]
    public void A_listener_sent_a_chunk_every_20_ms_after_its_depth_never_runs_dry()
    {
        var playout = new ListenerPlayout(Rate, 1000);

        // The depth (100 ms) at once, then 20 ms of audio every 20 ms, each chunk up to 19 ms late.
        for (var i = 0; i < 5; i++)
        {
            playout.Sent(Chunk, 0);
        }

        for (var t = 20; t < 10_000; t += 20)
        {
            Assert.False(playout.Waiting(t + 19, sleeping: false));
            playout.Sent(Chunk, t + 19);
        }

        Assert.Equal(0, playout.Underruns);
    }

    [Fact]
    public void A_gap_shorter_than_the_depth_is_not_an_underrun_and_one_longer_is_one()
    {
        var playout = new ListenerPlayout(Rate, 1000);
        for (var i = 0; i < 5; i++)
        {
            playout.Sent(Chunk, 0);
        }

        // 100 ms were sent at 0: at 99 ms one frame is left (48 to the tick), at 100 ms it has all been played.
        Assert.False(playout.Waiting(99, sleeping: false));
        Assert.Equal(48, playout.Buffered(99));
        Assert.True(playout.Waiting(100, sleeping: false));
        Assert.False(playout.Waiting(140, sleeping: false));
        Assert.Equal(1, playout.Underruns);
        Assert.True(playout.Dry);
    }

    [Fact]
    public void After_running_dry_the_listener_plays_again_from_the_next_chunk()
    {
        var playout = new ListenerPlayout(Rate, 1000);
        playout.Sent(Chunk, 0);
        Assert.True(playout.Waiting(25, sleeping: false));

        playout.Sent(Chunk, 300);

        Assert.False(playout.Dry);
        Assert.Equal(Chunk, playout.Buffered(300));
        Assert.False(playout.Waiting(319, sleeping: false));
        Assert.True(playout.Waiting(320, sleeping: false));
        Assert.Equal(2, playout.Underruns);
    }

    [Fact]
    public void Silence_of_a_sleeping_session_empties_the_buffer_without_an_underrun()
    {
        var playout = new ListenerPlayout(Rate, 1000);
        playout.Sent(Chunk, 0);

        Assert.False(playout.Waiting(5_000, sleeping: true));

        Assert.True(playout.Dry);
        Assert.Equal(0, playout.Underruns);
        playout.Sent(Chunk, 5_000);
        Assert.Equal(Chunk, playout.Buffered(5_000));
    }

    [Fact]
    public void A_listener_that_has_been_sent_nothing_has_nothing_to_run_out_of()
    {
        var playout = new ListenerPlayout(Rate, 1000);

        Assert.False(playout.Waiting(10_000, sleeping: false));
        Assert.Equal(0, playout.Underruns);
    }
}
