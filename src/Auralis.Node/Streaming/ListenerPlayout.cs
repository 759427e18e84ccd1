namespace Auralis.Node.Streaming;

/// <summary>
/// A listener's play-out, as the node sees it: a client that starts playing its first chunk on arrival and plays at
/// the sample rate from then on has played everything it was sent once the wall clock passes the end of it — that
/// moment, and only that one, is an underrun.
/// </summary>
/// <remarks>
/// <para>A listener starts reading the ring the session's render-ahead depth behind the newest frame, so its first
/// chunks carry that depth at once: the depth is the listener's buffer, and it runs dry exactly when the render thread
/// falls behind the wall clock (or the connection fails to send in time). A fixed "no chunk for 100 ms" rule instead
/// counted gaps shorter than the depth a client holds, and would miss real ones under a shallower depth.</para>
/// <para>After running dry the client plays again from the next chunk, as a player without a jitter buffer of its own
/// would; silence on purpose (a session that sleeps) empties the buffer the same way without counting. One connection's
/// audio loop owns an instance.</para>
/// </remarks>
public sealed class ListenerPlayout(int sampleRate, long ticksPerSecond)
{
    private long _startTicks = -1;
    private long _sentFrames;

    /// <summary>Times the listener ran dry while the session was meant to be heard.</summary>
    public long Underruns { get; private set; }

    /// <summary>True while the listener has played everything it was sent and waits for more.</summary>
    public bool Dry => _startTicks < 0;

    /// <summary><paramref name="frames"/> frames went to the listener at <paramref name="now"/> (Stopwatch ticks).</summary>
    public void Sent(int frames, long now)
    {
        if (_startTicks < 0)
        {
            _startTicks = now;
            _sentFrames = 0;
        }

        _sentFrames += frames;
    }

    /// <summary>Frames the listener still holds at <paramref name="now"/>: sent, and not yet played (0 while dry).</summary>
    public long Buffered(long now) =>
        _startTicks < 0 ? 0 : Math.Max(0, _sentFrames - ((now - _startTicks) * sampleRate / ticksPerSecond));

    /// <summary>
    /// Checks the listener while no audio is ready for it: once it has played all it was sent, it is dry, and that is
    /// an underrun unless the session is <paramref name="sleeping"/> (silent on purpose). True when an underrun was counted.
    /// </summary>
    public bool Waiting(long now, bool sleeping)
    {
        if (_startTicks < 0 || Buffered(now) > 0)
        {
            return false;
        }

        _startTicks = -1;
        if (sleeping)
        {
            return false;
        }

        Underruns++;
        return true;
    }
}
