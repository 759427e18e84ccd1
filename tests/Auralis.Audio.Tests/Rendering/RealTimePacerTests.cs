using Auralis.Audio.Rendering;

namespace Auralis.Audio.Tests.Rendering;

public sealed class RealTimePacerTests
{
    private const int Rate = 48_000;

    [Fact]
    public void A_block_waits_until_it_is_no_more_than_the_depth_ahead_of_the_wall_clock()
    {
        var clock = new FakeClock();
        var pacer = new RealTimePacer(Rate, TimeSpan.FromMilliseconds(200), clockTicks: clock.Read, ticksPerSecond: 1000, sleep: clock.Sleep);

        pacer.AwaitBlock(48_000, CancellationToken.None);

        // One second of audio, 200 ms of depth: released once the clock reached 800 ms, and not long after.
        Assert.InRange(clock.Now, 800, 802);
    }

    [Fact]
    public void A_block_inside_the_depth_is_released_at_once()
    {
        var clock = new FakeClock();
        var pacer = new RealTimePacer(Rate, TimeSpan.FromSeconds(1), clockTicks: clock.Read, ticksPerSecond: 1000, sleep: clock.Sleep);

        pacer.AwaitBlock(47_000, CancellationToken.None);

        Assert.Equal(0, clock.Now);
        Assert.Equal(0, clock.Sleeps);
    }

    [Fact]
    public void Rendering_runs_a_quantum_past_the_depth_and_then_sleeps_once_per_quantum()
    {
        var clock = new FakeClock();
        var pacer = new RealTimePacer(Rate, TimeSpan.FromMilliseconds(100), clockTicks: clock.Read, ticksPerSecond: 1000,
            quantum: TimeSpan.FromMilliseconds(20), sleep: clock.Sleep);

        // Two seconds of 128-frame blocks, each "rendered" instantly: once the depth is filled, the lead never falls
        // below it and never passes the depth plus a quantum, and the pacer sleeps about once per 20 ms of audio, not
        // once per block.
        var leads = new List<long>();
        for (long frame = 0; frame < 2 * Rate; frame += 128)
        {
            pacer.AwaitBlock(frame, CancellationToken.None);
            if (clock.Sleeps > 0)
            {
                leads.Add(frame - (clock.Now * Rate / 1000));
            }
        }

        Assert.True(leads.Max() <= (120 * Rate / 1000) + 128, $"largest lead {leads.Max()} frames");
        Assert.True(leads.Min() >= (100 * Rate / 1000) - 128, $"smallest lead {leads.Min()} frames");
        Assert.InRange(clock.Sleeps, 80, 110);
    }

    [Fact]
    public void After_a_rebase_the_frame_it_names_is_the_wall_clocks_now()
    {
        var clock = new FakeClock();
        var pacer = new RealTimePacer(Rate, TimeSpan.FromMilliseconds(100), clockTicks: clock.Read, ticksPerSecond: 1000, sleep: clock.Sleep);
        clock.Now = 60_000;   // a minute asleep

        pacer.Rebase(4_800);

        Assert.Equal(4_800, pacer.WallFrame);
        pacer.AwaitBlock(4_800 + 4_000, CancellationToken.None);
        Assert.Equal(60_000, clock.Now);
    }

    [Fact]
    public void Blocks_released_after_the_wall_clock_passed_them_are_counted_late_but_not_the_first_after_a_rebase()
    {
        var clock = new FakeClock();
        var pacer = new RealTimePacer(Rate, TimeSpan.FromMilliseconds(100), clockTicks: clock.Read, ticksPerSecond: 1000,
            quantum: TimeSpan.FromMilliseconds(20), sleep: clock.Sleep);
        pacer.AwaitBlock(0, CancellationToken.None);
        pacer.AwaitBlock(128, CancellationToken.None);
        Assert.Equal(0, pacer.LateBlocks);

        // The render thread was held up for a second: the wall clock is at frame 48 000, the next blocks are behind it.
        clock.Now = 1_000;
        pacer.AwaitBlock(256, CancellationToken.None);
        pacer.AwaitBlock(384, CancellationToken.None);
        Assert.Equal(2, pacer.LateBlocks);

        // A session that slept resumes at the wall clock's now: its first block is due, not late; the one after is ahead.
        clock.Now = 60_000;
        pacer.Rebase(512);
        pacer.AwaitBlock(512, CancellationToken.None);
        pacer.AwaitBlock(640, CancellationToken.None);
        Assert.Equal(2, pacer.LateBlocks);
    }

    [Fact]
    public void Waiting_stops_when_cancelled()
    {
        var pacer = new RealTimePacer(Rate, TimeSpan.Zero, clockTicks: () => 0, ticksPerSecond: 1000);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => pacer.AwaitBlock(48_000, cancel.Token));
    }

    /// <summary>A wall clock in milliseconds that moves only when the pacer sleeps.</summary>
    private sealed class FakeClock
    {
        public long Now { get; set; }

        public int Sleeps { get; private set; }

        public long Read() => Now;

        public void Sleep(TimeSpan wait, CancellationToken cancellationToken)
        {
            Sleeps++;
            Now += (long)Math.Ceiling(wait.TotalMilliseconds);
        }
    }
}
