using System.Diagnostics;

namespace Auralis.Node.Streaming;

/// <summary>A token bucket: <c>perSecond</c> messages a second on average, bursts of up to that many.</summary>
internal sealed class RateBucket(int perSecond)
{
    private readonly double _rate = Math.Max(1, perSecond);
    private double _tokens = Math.Max(1, perSecond);
    private long _last = Stopwatch.GetTimestamp();

    /// <summary>Takes a token, or says there is none.</summary>
    public bool TryTake()
    {
        var now = Stopwatch.GetTimestamp();
        _tokens = Math.Min(_rate, _tokens + (Stopwatch.GetElapsedTime(_last, now).TotalSeconds * _rate));
        _last = now;
        if (_tokens < 1)
        {
            return false;
        }

        _tokens--;
        return true;
    }
}
