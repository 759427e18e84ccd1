using Auralis.Audio.Rendering;

namespace Auralis.Audio.Tests.Rendering;

public sealed class RealTimePacerTests
{
    [Fact]
    public void A_block_waits_until_it_is_no_more_than_the_depth_ahead_of_the_wall_clock()
    {
        long now = 0;
        long Clock() => now += 100;   // every reading moves the wall clock 100 ms on (ticks are milliseconds here)
        var pacer = new RealTimePacer(48_000, TimeSpan.FromMilliseconds(200), clockTicks: Clock, ticksPerSecond: 1000);

        pacer.AwaitBlock(48_000, CancellationToken.None);

        // One second of audio, 200 ms of depth: released once the clock reached 800 ms.
        Assert.InRange(now, 800, 900);
    }

    [Fact]
    public void A_block_inside_the_depth_is_released_at_once()
    {
        long now = 0;
        var pacer = new RealTimePacer(48_000, TimeSpan.FromSeconds(1), clockTicks: () => now, ticksPerSecond: 1000);

        pacer.AwaitBlock(47_000, CancellationToken.None);

        Assert.Equal(0, now);
    }

    [Fact]
    public void Waiting_stops_when_cancelled()
    {
        var pacer = new RealTimePacer(48_000, TimeSpan.Zero, clockTicks: () => 0, ticksPerSecond: 1000);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => pacer.AwaitBlock(48_000, cancel.Token));
    }
}
