using System.Collections.Immutable;
using Auralis.Audio.Rendering;
using Auralis.Engine.Sessions;
using Auralis.Engine.Timeline;
using Auralis.Music.Theory;
using Auralis.Engine.Steps;
using static Auralis.Engine.Steps.StepMessages;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Composition;

/// <summary>
/// The session's part of a step: it holds the inputs until their step, keeps the parameters in effect, and merges the
/// voices' notes into what sounds — ordered by tick, then voice — with the mix changes and instrument swaps.
/// </summary>
/// <remarks>
/// Voices may plan notes for later ticks (a walking bass plans its whole chord); those wait here and are placed in
/// frames only in the step that contains them, at that step's tempo, so a tempo change never misplaces a planned note.
/// A seek or a loop's wrap drops what was planned for ticks that will never be reached.
/// </remarks>
public sealed partial class StepMerger
{
    private readonly List<(long Order, ITimedInput Input)> _pending = [];
    private readonly List<(int Channel, Note Note)> _planned = [];
    private readonly List<AutomationLane> _lanes = [];
    private ImmutableSortedDictionary<string, ParameterValue> _parameters;
    private ImmutableSortedDictionary<string, double> _plugins;
    private long _arrivals;

    /// <summary>Starts merging for a newly created session.</summary>
    public StepMerger(SessionState created)
    {
        ArgumentNullException.ThrowIfNull(created);
        _parameters = created.Parameters;
        _plugins = created.Plugins;
    }

    /// <summary>The instruments' parameter values the music has now (normalized), by <see cref="PluginKeys"/> key.</summary>
    public IReadOnlyDictionary<string, double> Plugins => _plugins;

    /// <summary>Every parameter's value as the music has it now (inputs not yet due are not applied).</summary>
    public IReadOnlyDictionary<string, ParameterValue> Parameters => _parameters;

    /// <summary>The instrument each voice plays now, with its samples, by channel, as changes at <paramref name="frame"/>.</summary>
    public IReadOnlyList<InstrumentChange> InstrumentsAt(long frame) =>
        Enumerable.Range(0, SessionParameters.Voices.Count).Select(channel => InstrumentOf(channel, frame, _parameters)).ToArray();

    private static InstrumentChange InstrumentOf(int channel, long frame, IReadOnlyDictionary<string, ParameterValue> parameters)
    {
        var voice = SessionParameters.Voices[channel];
        var instrument = InstrumentName(voice, parameters);
        return new InstrumentChange(frame, channel, instrument, InstrumentSamples.For(voice, instrument, parameters))
        {
            Patch = InstrumentSamples.PatchOf(voice, parameters),
        };
    }

    private static string InstrumentName(string voice, IReadOnlyDictionary<string, ParameterValue> parameters) =>
        parameters[$"{voice}.instrument"].Text ?? "sine";

    /// <summary>How many inputs wait for their step.</summary>
    public int PendingInputs => _pending.Count;

    /// <summary>Queues an input to be applied at its step (inputs for the same step apply in the order given).</summary>
    public void Schedule(ITimedInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        _pending.Add((_arrivals++, input));
    }

    /// <summary>Takes the inputs due at <paramref name="step"/> (or overdue) and applies their parameter values.</summary>
    public StepInputs TakeInputsFor(long step)
    {
        var due = _pending.Where(p => p.Input.AtStep <= step).OrderBy(p => p.Input.AtStep).ThenBy(p => p.Order).Select(p => p.Input).ToArray();
        _pending.RemoveAll(p => p.Input.AtStep <= step);
        var changed = new List<string>();
        var plugins = new List<string>();
        foreach (var input in due)
        {
            switch (input)
            {
                case ParametersChanged changes:
                    SetParameters(changes.Values, changed);
                    break;
                case PresetLoaded loaded:
                    SetParameters(loaded.Preset.Values, changed);
                    SetPlugins(loaded.Preset.Plugins, plugins);
                    break;
                case InstrumentParametersChanged instrument:
                    SetPlugins(instrument.Values.ToDictionary(v => PluginKeys.Of(instrument.Voice, instrument.Instrument, v.Key), v => v.Value), plugins);
                    break;
                case ParameterAutomated automated:
                    _lanes.Add(new AutomationLane(PluginKeys.Of(automated.Voice, automated.Instrument, automated.Parameter), automated.From, automated.To,
                        automated.Steps, step));
                    break;
            }
        }

        foreach (var lane in _lanes)
        {
            var done = Math.Min(step - lane.FirstStep, lane.Steps);
            SetPlugins(new Dictionary<string, double> { [lane.Key] = lane.From + ((lane.To - lane.From) * done / lane.Steps) }, plugins);
        }

        _lanes.RemoveAll(lane => step - lane.FirstStep >= lane.Steps);
        return new StepInputs(due, changed, _parameters, plugins);
    }

    private void SetParameters(IReadOnlyDictionary<string, ParameterValue> values, List<string> changed)
    {
        foreach (var (name, value) in values)
        {
            _parameters = _parameters.SetItem(name, value);
            changed.Add(name);
        }
    }

    private void SetPlugins(IReadOnlyDictionary<string, double> values, List<string> changed)
    {
        foreach (var (key, value) in values)
        {
            _plugins = _plugins.SetItem(key, value);
            changed.Add(key);
        }
    }

    /// <summary>
    /// What a step's inputs change in the renderer, at the step's first frame <paramref name="frame"/>: the instruments to
    /// build anew (<see cref="StepMix.Swaps"/>), then level, pan, effect and instrument-parameter changes. It depends on
    /// nothing but the inputs, so the session sends it to the renderer as soon as it opens the step.
    /// </summary>
    public StepMix MixFor(StepInputs inputs, long frame)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (changed, parameters) = (inputs.Changed, inputs.Parameters);
        var swaps = Enumerable.Range(0, SessionParameters.Voices.Count)
            .Where(channel => Rebuilds(channel, changed, parameters))
            .Select(channel => InstrumentOf(channel, frame, parameters))
            .ToArray();
        var events = MixEvents(frame, inputs.Changed)
            .Concat(PluginEvents(frame, inputs.ChangedPluginKeys))
            .Concat(swaps.SelectMany(swap => PluginEvents(swap.Frame, _plugins.Keys.Where(k => k.StartsWith(SessionParameters.Voices[swap.Channel] + "/", StringComparison.Ordinal)))))
            .ToArray();
        return new StepMix(frame, swaps, events);
    }

    /// <summary>Merges an announced and priced step, its mix (<see cref="MixFor"/>) and its voices' plans into the step that sounds.</summary>
    public ComposedStep Merge(StepAnnounced announced, StepPriced priced, StepMix mix, IReadOnlyList<NotesPlanned> plans)
    {
        ArgumentNullException.ThrowIfNull(announced);
        ArgumentNullException.ThrowIfNull(priced);
        ArgumentNullException.ThrowIfNull(mix);
        ArgumentNullException.ThrowIfNull(plans);
        var span = announced.Span;
        if (mix.Frame != span.FirstFrame)
        {
            throw new ArgumentException($"The mix was placed at frame {mix.Frame}, but step {span.Step} starts at frame {span.FirstFrame}.", nameof(mix));
        }

        if (priced.Move is null || announced.Harmony is null)
        {
            return new ComposedStep(span, announced.Position, null, null, false, null, [], [], mix.Events);
        }

        if (announced.ContinuityBroken)
        {
            _planned.Clear();
        }

        foreach (var plan in plans.OrderBy(p => p.Channel))
        {
            if (plan.Step != span.Step)
            {
                throw new ArgumentException($"Notes planned for step {plan.Step} cannot be merged into step {span.Step}.", nameof(plans));
            }

            _planned.AddRange(plan.Notes.Select(note => (plan.Channel, note)));
        }

        return new ComposedStep(span, announced.Position, announced.Harmony.Current, announced.Harmony.Degree, announced.ChordChanged,
            priced.Move, priced.Trades, TakeNotesIn(span), mix.Events);
    }

    // A voice's instrument is built anew when the voice changes instrument or when the samples it plays change.
    private static bool Rebuilds(int channel, IReadOnlyList<string> changed, IReadOnlyDictionary<string, ParameterValue> parameters)
    {
        var voice = SessionParameters.Voices[channel];
        var instrument = InstrumentName(voice, parameters);
        return changed.Any(name => name == $"{voice}.instrument" || InstrumentSamples.Reshapes(name, voice, instrument));
    }

    /// <summary>The whole mix as it stands now, as renderer events at <paramref name="frame"/> (for a renderer that starts there).</summary>
    public IReadOnlyList<RenderEvent> MixAt(long frame) => [.. MixEvents(frame, _parameters.Keys), .. PluginEvents(frame, _plugins.Keys)];

    // Only values of the instrument a voice plays now reach the renderer; the others wait until it plays that instrument again.
    private IEnumerable<RenderEvent> PluginEvents(long frame, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (PluginKeys.Parse(key) is not { } parts)
            {
                continue;
            }

            var (voice, instrument, parameter) = parts;
            var channel = ChannelOf(voice + ".instrument");
            var index = InstrumentParameters.IndexOf(instrument, parameter);
            if (channel >= 0 && index >= 0 && _parameters[voice + ".instrument"].Text == instrument)
            {
                yield return new RenderEvent(frame, RenderEventKind.InstrumentParameter, channel, Value: (float)_plugins[key], Parameter: index);
            }
        }
    }

    private sealed record AutomationLane(string Key, double From, double To, int Steps, long FirstStep);

    private List<PlayedNote> TakeNotesIn(StepSpan span)
    {
        var end = span.Tick + span.TickCount;
        var due = _planned.Where(p => p.Note.Tick < end).OrderBy(p => p.Note.Tick).ThenBy(p => p.Channel).ToList();
        _planned.RemoveAll(p => p.Note.Tick < end);
        return due
            .Select(p => new PlayedNote(SessionParameters.Voices[p.Channel], p.Channel, p.Note, span.FrameOf(Math.Max(p.Note.Tick, span.Tick)),
                span.FramesFor(p.Note.DurationTicks)))
            .ToList();
    }

    private IEnumerable<RenderEvent> MixEvents(long frame, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var value = _parameters[name].Number is { } number ? (float)number : 0f;
            var dot = name.IndexOf('.');
            if (dot < 0)
            {
                RenderEventKind? master = name switch
                {
                    SessionParameters.Volume => RenderEventKind.MasterVolume,
                    SessionParameters.Loudness => RenderEventKind.MasterLoudness,
                    SessionParameters.Reverb => RenderEventKind.ReverbLevel,
                    SessionParameters.Delay => RenderEventKind.DelayLevel,
                    _ => null,
                };
                if (master is { } kind)
                {
                    yield return RenderEvent.Set(frame, kind, -1, value);
                }

                continue;
            }

            RenderEventKind? strip = name[(dot + 1)..] switch
            {
                "gain" => RenderEventKind.ChannelGain,
                "pan" => RenderEventKind.ChannelPan,
                _ => null,
            };
            if (ChannelOf(name) is var channel && channel >= 0 && strip is { } setting)
            {
                yield return RenderEvent.Set(frame, setting, channel, value);
            }
        }
    }

    private static int ChannelOf(string parameter)
    {
        var dot = parameter.IndexOf('.');
        return dot < 0 ? -1 : SessionParameters.Voices.ToList().IndexOf(parameter[..dot]);
    }
}
