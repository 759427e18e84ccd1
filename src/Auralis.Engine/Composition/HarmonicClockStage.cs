using Auralis.Engine.Sessions;
using Auralis.Engine.Timeline;
using Auralis.Music.Harmony;
using Auralis.Music.Theory;
using Auralis.Music.Time;
using static Auralis.Engine.Composition.StepMessages;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Composition;

/// <summary>
/// The clock of a session: the performance timeline and the harmonic clock, moved one step at a time. It applies the
/// inputs that concern time and harmony (tempo, metre, key, transport) and announces where each step lies.
/// </summary>
/// <remarks>
/// Beat by beat the harmonic clock advances, so a regime change waits for its chord boundary; after a seek or a
/// loop's wrap it jumps, and the announcement says that continuity is broken.
/// </remarks>
public sealed class HarmonicClockStage
{
    private readonly SessionTimeline _timeline;
    private HarmonicClock _clock;
    private long _expectedTick;
    private Chord? _lastChord;

    /// <summary>Starts the clock of a newly created session, in the regime its ticker starts in.</summary>
    public HarmonicClockStage(SessionState created, Regime regime)
    {
        ArgumentNullException.ThrowIfNull(created);
        _timeline = new SessionTimeline(created.Bpm, created.TimeSignature, created.Transport.Playing);
        _clock = new HarmonicClock(created.Key, created.TimeSignature, regime);
    }

    /// <summary>The next step to announce.</summary>
    public StepSpan Next => _timeline.Current;

    /// <summary>Announces the next step: applies its inputs, places it, reads the harmony, and moves on.</summary>
    public StepAnnounced Announce(AnnounceStep request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Step != _timeline.Current.Step)
        {
            throw new InvalidOperationException($"The clock is at step {_timeline.Current.Step}; step {request.Step} cannot be announced.");
        }

        if (request.PreviousRegime is { } regime)
        {
            _clock.ChangeRegime(regime);
        }

        foreach (var input in request.Inputs.Due)
        {
            Apply(input);
        }

        var span = _timeline.Current;
        if (!span.Playing)
        {
            _timeline.Advance();
            return new StepAnnounced(span, _timeline.TimeSignature.PositionOf(span.Tick), _timeline.TimeSignature, _clock.Key, null, false, false,
                _timeline.Current.Tick, request.Inputs);
        }

        var broken = span.Tick != _expectedTick;
        MoveClockTo(span.Tick);
        var chordChanged = _clock.IsChordStart || _lastChord != _clock.CurrentChord;
        var harmony = ChordReading.Of(_clock);
        _lastChord = harmony.Current;
        var position = _clock.Position;
        _timeline.Advance();
        _expectedTick = span.Tick + span.TickCount;
        return new StepAnnounced(span, position, _clock.Signature, _clock.Key, harmony, chordChanged, broken, _timeline.Current.Tick, request.Inputs);
    }

    private void Apply(ITimedInput input)
    {
        switch (input)
        {
            case ParametersChanged changed:
                foreach (var (name, value) in changed.Values)
                {
                    ApplyParameter(name, value);
                }

                break;
            case TransportChanged transport:
                ApplyTransport(transport);
                break;
        }
    }

    private void ApplyParameter(string name, ParameterValue value)
    {
        switch (name)
        {
            case SessionParameters.Bpm:
                _timeline.SetTempo(value.Number ?? _timeline.Bpm);
                break;
            case SessionParameters.TimeSignature:
                _timeline.SetTimeSignature(TimeSignature.Parse(value.ToString()));
                _clock = new HarmonicClock(_clock.Key, _timeline.TimeSignature, _clock.Regime);
                break;
            case SessionParameters.Key:
                _clock.ChangeKey(_clock.Key with { Tonic = PitchClass.Parse(value.ToString()) });
                break;
            case SessionParameters.Mode:
                _clock.ChangeKey(_clock.Key with { Scale = Scale.Parse(value.ToString()) });
                break;
        }
    }

    private void ApplyTransport(TransportChanged transport)
    {
        switch (transport.Command)
        {
            case TransportCommand.Play:
                _timeline.Play();
                break;
            case TransportCommand.Stop:
                _timeline.Stop();
                break;
            case TransportCommand.Seek when transport.Tick is { } tick:
                _timeline.Seek(tick);
                break;
            case TransportCommand.Loop when transport.LoopStartTick is { } start && transport.LoopEndTick is { } end:
                _timeline.Loop(start, end);
                break;
            case TransportCommand.ClearLoop:
                _timeline.ClearLoop();
                break;
        }
    }

    private void MoveClockTo(long tick)
    {
        if (tick == _clock.Tick)
        {
            return;
        }

        if (tick == _clock.Tick + _clock.Signature.TicksPerBeat)
        {
            _clock.Advance();
        }
        else
        {
            _clock.Seek(tick);
        }
    }
}
