using Auralis.Engine.Timeline;

namespace Auralis.Engine.Synthesis;

/// <summary>
/// Decides how far a session's render thread may render: on while the music sounds and somebody listens (or has in the
/// last grace period), and a tail past any input; asleep otherwise.
/// </summary>
/// <remarks>
/// <para>What sounds is counted in frames of the timeline: a tail past the end of the last step composed while playing
/// (so a stopped session renders its release and reverb, then nothing), and a tail past where an input applies (so a
/// change is rendered even if nobody listens, and a <c>play</c> reaches the steps that sound again). Who listens is
/// counted on the wall clock, because it is about people: a session nobody has listened to for the grace period sleeps.</para>
/// <para>The limit decides only when frames are rendered, never which: the render thread renders every frame of the
/// timeline in order, asleep or not, so the music stays a pure function of the journal.</para>
/// </remarks>
public sealed class Wakefulness
{
    private readonly long _tailFrames;
    private readonly long _graceTicks;
    private long _soundingUntil;
    private long _inputUntil;
    private long _lastListenedAt;

    /// <summary>Starts deciding for a session whose rendering starts at <paramref name="startFrame"/>, at wall time <paramref name="now"/>.</summary>
    /// <param name="tailFrames">Frames rendered past the last sounding step or an input.</param>
    /// <param name="grace">How long a session nobody listens to goes on.</param>
    /// <param name="startFrame">The first frame the session renders.</param>
    /// <param name="now">The wall clock now, in <see cref="System.Diagnostics.Stopwatch"/> ticks (a session starts as if just listened to).</param>
    public Wakefulness(long tailFrames, TimeSpan grace, long startFrame, long now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tailFrames);
        _tailFrames = tailFrames;
        _graceTicks = (long)(grace.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        _soundingUntil = startFrame;
        _inputUntil = startFrame;
        _lastListenedAt = now;
    }

    /// <summary>A step was composed: one that plays keeps the session sounding until a tail past its end.</summary>
    public void Composed(in StepSpan span)
    {
        if (span.Playing)
        {
            _soundingUntil = Math.Max(_soundingUntil, span.EndFrame + _tailFrames);
        }
    }

    /// <summary>An input was accepted; it applies at <paramref name="composedUntil"/> (the next step), and is rendered with a tail past it.</summary>
    public void InputAccepted(long composedUntil) => _inputUntil = Math.Max(_inputUntil, composedUntil + _tailFrames);

    /// <summary>The frame the thread may render up to, with <paramref name="listeners"/> listening at wall time <paramref name="now"/>.</summary>
    public long Limit(int listeners, long now)
    {
        if (listeners > 0)
        {
            _lastListenedAt = now;
        }

        var listened = listeners > 0 || now - _lastListenedAt < _graceTicks;
        return listened ? Math.Max(_soundingUntil, _inputUntil) : _inputUntil;
    }
}
