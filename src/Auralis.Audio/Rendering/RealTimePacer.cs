using System.Diagnostics;

namespace Auralis.Audio.Rendering;

/// <summary>Keeps rendering a set depth ahead of the wall clock, so listeners always have audio buffered and never more than that.</summary>
/// <remarks>
/// The wall clock is a monotonic <see cref="Stopwatch"/> count converted to frames at the sample rate, starting at
/// <c>startFrame</c> when the pacer is created. A block may be rendered once it starts less than the depth ahead of the
/// wall clock; the pacer sleeps while there is more than two milliseconds to wait, then spins the rest, so it neither
/// burns a core nor oversleeps by a scheduler tick. The clock is injectable for tests.
/// </remarks>
public sealed class RealTimePacer : IPacer
{
    private readonly Func<long> _elapsedTicks;
    private readonly long _ticksPerSecond;
    private readonly int _sampleRate;
    private readonly long _aheadFrames;
    private readonly long _startFrame;
    private readonly long _startTicks;

    /// <summary>Creates a pacer that stays <paramref name="ahead"/> in front of the wall clock.</summary>
    public RealTimePacer(int sampleRate, TimeSpan ahead, long startFrame = 0, Func<long>? clockTicks = null, long ticksPerSecond = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        _elapsedTicks = clockTicks ?? Stopwatch.GetTimestamp;
        _ticksPerSecond = ticksPerSecond > 0 ? ticksPerSecond : Stopwatch.Frequency;
        _sampleRate = sampleRate;
        _aheadFrames = (long)(ahead.TotalSeconds * sampleRate);
        _startFrame = startFrame;
        _startTicks = _elapsedTicks();
    }

    /// <summary>The frame the wall clock is at now.</summary>
    public long WallFrame => _startFrame + ((_elapsedTicks() - _startTicks) * _sampleRate / _ticksPerSecond);

    /// <summary>How far the rendering may run ahead of the wall clock, in frames.</summary>
    public long AheadFrames => _aheadFrames;

    /// <inheritdoc />
    public void AwaitBlock(long firstFrame, CancellationToken cancellationToken)
    {
        var spinner = default(SpinWait);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var wait = firstFrame - _aheadFrames - WallFrame;
            if (wait <= 0)
            {
                return;
            }

            if (wait * 1000 / _sampleRate > 2)
            {
                Thread.Sleep(1);
            }
            else
            {
                spinner.SpinOnce(sleep1Threshold: -1);
            }
        }
    }
}
