using Auralis.Audio.Processing;
using Auralis.Music.Time;

namespace Auralis.Engine.Timeline;

/// <summary>
/// The session's performance timeline: a sequence of steps, one beat of the time signature each, laid end to end in
/// frames at 48 kHz, with the musical tick each step covers.
/// </summary>
/// <remarks>
/// Steps go on while the transport is stopped (the clock keeps time, the music does not move), so every input can be
/// stamped with the step at which it applies, live and in replay alike. Tempo is in quarter notes per minute (the MIDI
/// convention). Frame positions accumulate in double precision and are rounded per step, so long sessions do not
/// drift and the same inputs always give the same frames.
/// </remarks>
public sealed class SessionTimeline
{
    /// <summary>The timeline's sample rate.</summary>
    public static int SampleRate => AudioSpec.Session.SampleRate;

    private long _step;
    private double _frameExact;
    private long _tick;
    private bool _playing;
    private double _bpm;
    private TimeSignature _signature;
    private long? _loopStart;
    private long? _loopEnd;

    /// <summary>Starts a timeline at step 0, frame 0, tick 0.</summary>
    public SessionTimeline(double bpm, TimeSignature signature, bool playing)
    {
        SetTempo(bpm);
        _signature = signature;
        _playing = playing;
    }

    /// <summary>Restores a timeline from its checkpoint.</summary>
    public SessionTimeline(TimelineState state)
        : this(state.Bpm, new TimeSignature(state.BeatsPerBar, state.BeatUnit), state.Playing)
    {
        _step = state.Step;
        _frameExact = state.FrameExact;
        _tick = state.Tick;
        _loopStart = state.LoopStartTick;
        _loopEnd = state.LoopEndTick;
    }

    /// <summary>The step the timeline is at (not yet composed).</summary>
    public StepSpan Current
    {
        get
        {
            var framesPerTick = SampleRate * 60.0 / (_bpm * Ticks.PerQuarter);
            var first = (long)Math.Round(_frameExact, MidpointRounding.AwayFromZero);
            var end = (long)Math.Round(_frameExact + (framesPerTick * _signature.TicksPerBeat), MidpointRounding.AwayFromZero);
            return new StepSpan(_step, first, (int)(end - first), _tick, _playing ? _signature.TicksPerBeat : 0, framesPerTick);
        }
    }

    /// <summary>The tempo in quarter notes per minute.</summary>
    public double Bpm => _bpm;

    /// <summary>The time signature.</summary>
    public TimeSignature TimeSignature => _signature;

    /// <summary>True while the transport plays.</summary>
    public bool Playing => _playing;

    /// <summary>The musical position of the current step.</summary>
    public MusicalPosition Position => _signature.PositionOf(_tick);

    /// <summary>The state to checkpoint.</summary>
    public TimelineState State =>
        new(_step, _frameExact, _tick, _playing, _bpm, _signature.BeatsPerBar, _signature.BeatUnit, _loopStart, _loopEnd);

    /// <summary>Moves to the next step: frames always advance; the tick advances while playing and wraps at a loop's end.</summary>
    public void Advance()
    {
        var step = Current;
        _frameExact += step.FramesPerTick * _signature.TicksPerBeat;
        _step++;
        if (!_playing)
        {
            return;
        }

        _tick += step.TickCount;
        if (_loopEnd is { } end && _loopStart is { } start && _tick >= end)
        {
            _tick = start + ((_tick - start) % (end - start));
        }
    }

    /// <summary>Changes the tempo from the current step on.</summary>
    public void SetTempo(double bpm)
    {
        if (!(bpm is >= 1 and <= 1000))
        {
            throw new ArgumentOutOfRangeException(nameof(bpm), bpm, "A tempo lies between 1 and 1000 quarter notes per minute.");
        }

        _bpm = bpm;
    }

    /// <summary>Changes the time signature from the current step on; the tick moves to the next bar line if it is inside a bar.</summary>
    public void SetTimeSignature(TimeSignature signature)
    {
        var position = _signature.PositionOf(_tick);
        if (position.Beat != 0 || position.TickInBeat != 0)
        {
            _tick = (position.Bar + 1) * _signature.TicksPerBar;
        }

        // Bars are counted from tick 0, so the new metre starts on a tick that is a whole number of its own bars.
        _signature = signature;
        var remainder = _tick % signature.TicksPerBar;
        if (remainder != 0)
        {
            _tick += signature.TicksPerBar - remainder;
        }
    }

    /// <summary>Starts the music moving from the current tick.</summary>
    public void Play() => _playing = true;

    /// <summary>Holds the music at the current tick.</summary>
    public void Stop() => _playing = false;

    /// <summary>Moves the music to <paramref name="tick"/>.</summary>
    public void Seek(long tick)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tick);
        _tick = tick;
    }

    /// <summary>Loops the music between two ticks (the end exclusive); the current tick is left where it is.</summary>
    public void Loop(long startTick, long endTick)
    {
        if (startTick < 0 || endTick <= startTick)
        {
            throw new ArgumentOutOfRangeException(nameof(endTick), endTick, "A loop's end must come after its start, and its start at 0 or later.");
        }

        _loopStart = startTick;
        _loopEnd = endTick;
    }

    /// <summary>Stops looping.</summary>
    public void ClearLoop() => (_loopStart, _loopEnd) = (null, null);
}
