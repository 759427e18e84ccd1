using Auralis.Engine.Sessions;
using Auralis.Engine.Timeline;
using Auralis.Music.Form;
using Auralis.Music.Harmony;
using Auralis.Music.Theory;
using Auralis.Music.Time;
using Auralis.Engine.Steps;
using static Auralis.Engine.Steps.StepMessages;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Clock;

/// <summary>
/// The clock of a session: the performance timeline and the piece's conductor, moved one step (a beat) at a time. It
/// applies the inputs that concern time and harmony (tempo, metre, key, transport) and announces where each step lies
/// in the form and the harmony.
/// </summary>
/// <remarks>
/// The conductor plans a phrase of chords at a time in the regime the previous played step was priced in, which the
/// ticker hands the clock with each step (<see cref="PhraseRegime"/>), so a regime change is heard from the next phrase
/// (and turns the form); after a seek or a loop's wrap the announcement says that continuity is broken, and the
/// conductor plans anew only if the music lands outside the phrase it planned.
/// </remarks>
public sealed partial class HarmonicClockStage
{
    private SessionTimeline _timeline;
    private readonly Conductor _conductor;
    private Key _key;
    private long _expectedTick;
    private PlannedChord? _lastChord;

    /// <summary>Starts the clock of a newly created session.</summary>
    public HarmonicClockStage(SessionState created)
    {
        ArgumentNullException.ThrowIfNull(created);
        _timeline = new SessionTimeline(created.Bpm, created.TimeSignature, created.Transport.Playing);
        _conductor = new Conductor(created.Seed);
        _key = created.Key;
    }

    /// <summary>The next step to announce.</summary>
    public StepSpan Next => _timeline.Current;

    /// <summary>
    /// Announces the next step: applies its changes, places it, reads the harmony in the regime <paramref name="phrase"/>
    /// names, and moves on.
    /// </summary>
    public StepAnnounced Announce(AnnounceStep request, PhraseRegime phrase)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(phrase);
        if (request.Step != _timeline.Current.Step || phrase.Step != request.Step)
        {
            throw new InvalidOperationException(
                $"The clock is at step {_timeline.Current.Step}; step {request.Step} (regime of step {phrase.Step}) cannot be announced.");
        }

        foreach (var change in request.Changes)
        {
            Apply(change);
        }

        var span = _timeline.Current;
        if (!span.Playing)
        {
            _timeline.Advance();
            return new StepAnnounced(span, _timeline.TimeSignature.PositionOf(span.Tick), _timeline.TimeSignature, _key, null, false, false,
                _timeline.Current.Tick);
        }

        var broken = span.Tick != _expectedTick;
        var signature = _timeline.TimeSignature;
        var beatTick = span.Tick - (span.Tick % signature.TicksPerBeat);
        var beat = _conductor.Beat(beatTick, _key, signature, phrase.Regime, request.Intensity, broken);
        var chordChanged = beat.IsChordStart || _lastChord != beat.Chord;
        _lastChord = beat.Chord;
        _timeline.Advance();
        _expectedTick = span.Tick + span.TickCount;
        return new StepAnnounced(span, signature.PositionOf(beatTick), signature, beat.Key, ChordReading.Of(beat), chordChanged, broken,
            _timeline.Current.Tick);
    }

    private void Apply(ClockChange change)
    {
        switch (change)
        {
            case ClockChange.Tempo tempo:
                _timeline.SetTempo(tempo.Bpm ?? _timeline.Bpm);
                break;
            case ClockChange.Metre metre:
                _timeline.SetTimeSignature(metre.Signature);
                break;
            case ClockChange.Tonic tonic:
                _key = _key with { Tonic = tonic.PitchClass };
                break;
            case ClockChange.Mode mode:
                _key = _key with { Scale = mode.Scale };
                break;
            case ClockChange.Transport transport:
                ApplyTransport(transport.Change);
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
}
