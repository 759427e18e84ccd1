using System.Diagnostics;

namespace Auralis.Audio.Rendering;

/// <summary>Keeps rendering a set depth ahead of the wall clock, so listeners always have audio buffered and never much more than that.</summary>
/// <remarks>
/// <para>The wall clock is a monotonic <see cref="Stopwatch"/> count converted to frames at the sample rate, starting at
/// <c>startFrame</c> when the pacer is created (or rebased). The pacer lets rendering run a quantum past the depth in one
/// burst, then sleeps until the wall clock has eaten that quantum, so the audio buffered ahead of the wall clock stays
/// between the depth and the depth plus a quantum. It never spins: a listener's jitter buffer makes a millisecond of
/// scheduler lateness inaudible, while a core kept busy per session is not. The clock and the sleep are injectable for
/// tests.</para>
/// <para>Only the render thread calls <see cref="AwaitBlock"/> and <see cref="Rebase"/>.</para>
/// </remarks>
public sealed class RealTimePacer : IPacer
{
    private readonly Func<long> _elapsedTicks;
    private readonly Action<TimeSpan, CancellationToken> _sleep;
    private readonly long _ticksPerSecond;
    private readonly int _sampleRate;
    private readonly long _aheadFrames;
    private readonly long _quantumFrames;
    private long _startFrame;
    private long _startTicks;
    private bool _filling;
    private bool _fresh = true;
    private long _lateBlocks;

    /// <summary>
    /// Creates a pacer that stays <paramref name="ahead"/> in front of the wall clock and renders <paramref name="quantum"/>
    /// (none by default: block by block) at a time.
    /// </summary>
    public RealTimePacer(int sampleRate, TimeSpan ahead, long startFrame = 0, Func<long>? clockTicks = null, long ticksPerSecond = 0,
        TimeSpan quantum = default, Action<TimeSpan, CancellationToken>? sleep = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantum, TimeSpan.Zero);
        _elapsedTicks = clockTicks ?? Stopwatch.GetTimestamp;
        _sleep = sleep ?? SleepUnlessCancelled;
        _ticksPerSecond = ticksPerSecond > 0 ? ticksPerSecond : Stopwatch.Frequency;
        _sampleRate = sampleRate;
        _aheadFrames = (long)(ahead.TotalSeconds * sampleRate);
        _quantumFrames = (long)(quantum.TotalSeconds * sampleRate);
        _startFrame = startFrame;
        _startTicks = _elapsedTicks();
    }

    /// <summary>The frame the wall clock is at now.</summary>
    public long WallFrame => _startFrame + ((_elapsedTicks() - _startTicks) * _sampleRate / _ticksPerSecond);

    /// <summary>How far the rendering may run ahead of the wall clock, in frames.</summary>
    public long AheadFrames => _aheadFrames;

    /// <inheritdoc />
    /// <remarks>The first block after the pacer starts or is rebased is not counted: its frame is the wall clock's now by definition.</remarks>
    public long LateBlocks => Interlocked.Read(ref _lateBlocks);

    /// <inheritdoc />
    public void AwaitBlock(long firstFrame, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lead = firstFrame - WallFrame;
            if (lead < _aheadFrames || (_filling && lead < _aheadFrames + _quantumFrames))
            {
                // Below the depth, or inside the quantum being filled: render now.
                if (lead < 0 && !_fresh)
                {
                    Interlocked.Increment(ref _lateBlocks);
                }

                _fresh = false;
                _filling = true;
                return;
            }

            // A quantum past the depth: sleep until the wall clock brings the lead back down to the depth.
            _filling = false;
            _sleep(TimeSpan.FromSeconds((double)(lead - _aheadFrames + 1) / _sampleRate), cancellationToken);
        }
    }

    /// <inheritdoc />
    public void Rebase(long frame)
    {
        _startFrame = frame;
        _startTicks = _elapsedTicks();
        _filling = false;
        _fresh = true;
    }

    private static void SleepUnlessCancelled(TimeSpan wait, CancellationToken cancellationToken)
    {
        // Whole milliseconds, rounded up: waking early would only find the block not yet due and sleep again.
        var milliseconds = (int)Math.Ceiling(wait.TotalMilliseconds);
        cancellationToken.WaitHandle.WaitOne(Math.Max(1, milliseconds));
    }
}
