using Auralis.Audio.Rendering;
using Auralis.Engine.Sessions;
using Auralis.Engine.Ticker;
using Auralis.Engine.Timeline;
using Auralis.Market;
using Auralis.Music.Harmony;
using Auralis.Music.Theory;
using Auralis.Music.Time;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Composition;

/// <summary>
/// Composes a session step by step — the timeline, the harmonic clock, the price ticker and the four voices — and
/// applies each input at the step it was stamped with. The same inputs always give the same steps: live and replay
/// both run this code.
/// </summary>
/// <remarks>
/// <para>The order within a step is fixed: inputs due at the step, then the clock (at the step's tick), then the
/// ticker's price move, then the voices in session order (soprano, alto, bass, perc). Voices may plan notes for later
/// ticks (a walking bass plans its whole chord); those wait in a buffer and are placed in frames only in the step
/// that contains them, at that step's tempo, so a tempo change never misplaces a planned note.</para>
/// <para>While the transport is stopped steps still pass (the clock keeps time) but nothing sounds and the ticker
/// rests. A seek or a loop's wrap drops the planned notes and breaks the voices' continuity.</para>
/// </remarks>
public sealed class SessionComposer
{
    private readonly SessionTimeline _timeline;
    private readonly PriceTicker _ticker;
    private readonly IVoice[] _voices;
    private readonly List<(long Order, ITimedInput Input)> _pending = [];
    private readonly List<(int Channel, Note Note)> _planned = [];
    private readonly Dictionary<string, ParameterValue> _parameters;
    private HarmonicClock _clock;
    private long _arrivals;
    private long _expectedTick;
    private Chord? _lastChord;

    /// <summary>Starts composing a session from its creation.</summary>
    public SessionComposer(SessionState created)
    {
        ArgumentNullException.ThrowIfNull(created);
        if (!created.Exists && !created.IsDeleted)
        {
            throw new ArgumentException($"Session '{created.Id}' has not been created.", nameof(created));
        }

        Seed = created.Seed;
        _parameters = new Dictionary<string, ParameterValue>(created.Parameters, StringComparer.Ordinal);
        _timeline = new SessionTimeline(created.Bpm, created.TimeSignature, created.Transport.Playing);
        _ticker = new PriceTicker(created.Seed, SourceOf(Text(SessionParameters.Source)));
        _ticker.ForceRegime(ForcedRegime(Text(SessionParameters.Regime)));
        _clock = new HarmonicClock(created.Key, created.TimeSignature, _ticker.ForcedRegime ?? _ticker.Regime);
        _voices = [new SopranoVoice(created.Seed), new AltoVoice(), new BassVoice(created.Seed), new PercussionVoice(created.Seed)];
        InitialMix = [.. MixEvents(0, _parameters.Keys)];
    }

    /// <summary>The session's seed.</summary>
    public ulong Seed { get; }

    /// <summary>The next step to be composed.</summary>
    public StepSpan Next => _timeline.Current;

    /// <summary>The mix settings of the session's creation, as renderer events at frame 0.</summary>
    public IReadOnlyList<RenderEvent> InitialMix { get; }

    /// <summary>The instruments the voices start with, by channel.</summary>
    public IReadOnlyList<string> InitialInstruments =>
        SessionParameters.Voices.Select(voice => _parameters[$"{voice}.instrument"].Text ?? "sine").ToArray();

    /// <summary>Queues an input to be applied at its step (inputs for the same step apply in the order given).</summary>
    public void Schedule(ITimedInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        _pending.Add((_arrivals++, input));
    }

    /// <summary>Composes the next step and moves on.</summary>
    public ComposedStep ComposeStep() => ComposeStep(out _);

    /// <summary>Composes the next step and moves on; <paramref name="instrumentChanges"/> lists instruments to swap at its first frame.</summary>
    public ComposedStep ComposeStep(out IReadOnlyList<InstrumentChange> instrumentChanges)
    {
        var changedParameters = new List<string>();
        ApplyDueInputs(changedParameters);
        var span = _timeline.Current;
        var changes = new List<InstrumentChange>();
        foreach (var name in changedParameters.Where(n => n.EndsWith(".instrument", StringComparison.Ordinal)))
        {
            var channel = SessionParameters.Voices.ToList().IndexOf(name[..name.IndexOf('.')]);
            changes.Add(new InstrumentChange(span.FirstFrame, channel, _parameters[name].Text ?? "sine"));
        }

        instrumentChanges = changes;
        var mix = MixEvents(span.FirstFrame, changedParameters).ToArray();
        if (!span.Playing)
        {
            _timeline.Advance();
            return new ComposedStep(span, _timeline.TimeSignature.PositionOf(span.Tick), null, null, false, null, [], [], mix);
        }

        if (span.Tick != _expectedTick)
        {
            // A seek or a loop's wrap: what was planned for the old ticks will never be reached.
            _planned.Clear();
            foreach (var voice in _voices)
            {
                voice.Break();
            }
        }

        MoveClockTo(span.Tick);
        var chordChanged = _clock.IsChordStart || _lastChord != _clock.CurrentChord;
        var step = _ticker.Next();
        var context = new StepContext(span.Tick, span.TickCount, _clock.Position, _clock.Signature, _clock.Key, _clock,
            Number(SessionParameters.Intensity), Number(SessionParameters.Sensitivity), step.Move, step.Trades);
        for (var channel = 0; channel < _voices.Length; channel++)
        {
            foreach (var note in _voices[channel].Plan(context))
            {
                _planned.Add((channel, note));
            }
        }

        var notes = TakeNotesIn(span);
        var chord = _clock.CurrentChord;
        var degree = _clock.CurrentDegree.Text;
        _lastChord = chord;
        _clock.ChangeRegime(step.Move.Regime);
        _timeline.Advance();
        _expectedTick = span.Tick + span.TickCount;
        return new ComposedStep(span, context.Position, chord, degree, chordChanged, step.Move, step.Trades, notes, mix);
    }

    // Beat by beat the clock advances (so a pending regime takes over at its chord boundary); after a jump it seeks.
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

    private List<PlayedNote> TakeNotesIn(StepSpan span)
    {
        var end = span.Tick + span.TickCount;
        var due = _planned.Where(p => p.Note.Tick < end).OrderBy(p => p.Note.Tick).ThenBy(p => p.Channel).ToList();
        _planned.RemoveAll(p => p.Note.Tick < end);
        return due
            .Select(p => new PlayedNote(_voices[p.Channel].Name, p.Channel, p.Note, span.FrameOf(Math.Max(p.Note.Tick, span.Tick)), span.FramesFor(p.Note.DurationTicks)))
            .ToList();
    }

    private void ApplyDueInputs(List<string> changedParameters)
    {
        var step = _timeline.Current.Step;
        var due = _pending.Where(p => p.Input.AtStep <= step).OrderBy(p => p.Input.AtStep).ThenBy(p => p.Order).ToList();
        _pending.RemoveAll(p => p.Input.AtStep <= step);
        foreach (var (_, input) in due)
        {
            switch (input)
            {
                case ParametersChanged changed:
                    foreach (var (name, value) in changed.Values)
                    {
                        _parameters[name] = value;
                        changedParameters.Add(name);
                        ApplyParameter(name);
                    }

                    break;
                case TransportChanged transport:
                    ApplyTransport(transport);
                    break;
                case PriceObserved price:
                    _ticker.Observe(price.Price);
                    break;
            }
        }
    }

    private void ApplyParameter(string name)
    {
        switch (name)
        {
            case SessionParameters.Bpm:
                _timeline.SetTempo(Number(name));
                break;
            case SessionParameters.TimeSignature:
                _timeline.SetTimeSignature(Music.Time.TimeSignature.Parse(Text(name)));
                _clock = new HarmonicClock(_clock.Key, _timeline.TimeSignature, _clock.Regime);
                break;
            case SessionParameters.Key or SessionParameters.Mode:
                _clock.ChangeKey(new Key(PitchClass.Parse(Text(SessionParameters.Key)), Scale.Parse(Text(SessionParameters.Mode))));
                break;
            case SessionParameters.Source:
                _ticker.SwitchSource(SourceOf(Text(name)));
                break;
            case SessionParameters.Regime:
                _ticker.ForceRegime(ForcedRegime(Text(name)));
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

    private IEnumerable<RenderEvent> MixEvents(long frame, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var value = _parameters[name].Number is { } number ? (float)number : 0f;
            var dot = name.IndexOf('.');
            if (dot < 0)
            {
                var kind = name switch
                {
                    SessionParameters.Volume => RenderEventKind.MasterVolume,
                    SessionParameters.Reverb => RenderEventKind.ReverbLevel,
                    SessionParameters.Delay => RenderEventKind.DelayLevel,
                    _ => (RenderEventKind?)null,
                };
                if (kind is { } master)
                {
                    yield return RenderEvent.Set(frame, master, -1, value);
                }

                continue;
            }

            var channel = SessionParameters.Voices.ToList().IndexOf(name[..dot]);
            var setting = name[(dot + 1)..] switch
            {
                "gain" => RenderEventKind.ChannelGain,
                "pan" => RenderEventKind.ChannelPan,
                _ => (RenderEventKind?)null,
            };
            if (channel >= 0 && setting is { } strip)
            {
                yield return RenderEvent.Set(frame, strip, channel, value);
            }
        }
    }

    private double Number(string name) => _parameters[name].Number ?? 0;

    private string Text(string name) => _parameters[name].Text ?? _parameters[name].ToString();

    private static RegimeSource SourceOf(string text) => text switch
    {
        "sp500" => RegimeSource.Sp500,
        "external" => RegimeSource.External,
        _ => RegimeSource.Simulated,
    };

    private static Regime? ForcedRegime(string text) =>
        text == "auto" ? null : Enum.Parse<Regime>(text, ignoreCase: true);
}
