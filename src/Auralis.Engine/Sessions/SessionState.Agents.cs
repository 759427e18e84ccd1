using System.Collections.Immutable;
using System.Globalization;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Sessions;

/// <summary>The agents' part of a session's state and domain logic: plugin values, presets, the sample library, the imported motif.</summary>
public sealed partial record SessionState
{
    /// <summary>The longest preset or sample name.</summary>
    public const int MaxAgentNameLength = 64;

    /// <summary>The most notes an imported motif may have.</summary>
    public const int MaxMotifNotes = 256;

    /// <summary>The longest automation lane, in beats.</summary>
    public const int MaxAutomationBeats = 1024;

    private static readonly ImmutableSortedDictionary<string, double> NoPlugins = ImmutableSortedDictionary.Create<string, double>(StringComparer.Ordinal);
    private readonly ImmutableSortedDictionary<string, double> _plugins = NoPlugins;
    private readonly ImmutableSortedDictionary<string, PluginPreset> _presets = ImmutableSortedDictionary.Create<string, PluginPreset>(StringComparer.Ordinal);
    private readonly ImmutableSortedDictionary<string, LibrarySample> _samples = ImmutableSortedDictionary.Create<string, LibrarySample>(StringComparer.Ordinal);

    /// <summary>The instruments' parameter values that were set (normalized 0..1), by <see cref="PluginKeys"/> key; unset ones are at their default.</summary>
    public ImmutableSortedDictionary<string, double> Plugins
    {
        get => _plugins;
        init => _plugins = value.WithComparers(StringComparer.Ordinal);
    }

    /// <summary>The saved presets, by name.</summary>
    public ImmutableSortedDictionary<string, PluginPreset> Presets
    {
        get => _presets;
        init => _presets = value.WithComparers(StringComparer.Ordinal);
    }

    /// <summary>The sample library, by name.</summary>
    public ImmutableSortedDictionary<string, LibrarySample> Samples
    {
        get => _samples;
        init => _samples = value.WithComparers(StringComparer.Ordinal);
    }

    /// <summary>The motif last imported, if any.</summary>
    public MotifImported? Motif { get; init; }

    /// <summary>The session parameters a preset covers: each voice's instrument, level and pan, and the master effects.</summary>
    public static IReadOnlyList<string> ChainParameters { get; } =
    [
        .. SessionParameters.Voices.SelectMany(v => new[] { $"{v}.instrument", $"{v}.gain", $"{v}.pan" }),
        SessionParameters.Volume, SessionParameters.Reverb, SessionParameters.Delay,
    ];

    /// <summary>The instrument <paramref name="voice"/> plays as the inputs have set it.</summary>
    public string InstrumentOf(string voice) => Text($"{voice}.instrument");

    /// <summary>The chain's current settings, as a preset would save them.</summary>
    public PluginPreset CurrentPreset() =>
        new(ChainParameters.ToImmutableSortedDictionary(name => name, name => Parameters[name], StringComparer.Ordinal), Plugins);

    private CommandResult ProcessAgentCommand(ISessionCommand command, CommandContext context) => command switch
    {
        ChangeInstrumentParameters change => ChangeInstrument(change, context),
        AutomateParameter automate => Automate(automate, context),
        SavePreset save => SaveChain(save, context),
        LoadPreset load => Presets.TryGetValue(load.Name ?? string.Empty, out var preset)
            ? CommandResult.Accept(new PresetLoaded(Id, load.Name!, preset, context.ApplyAtStep, context.ApplyAtTick, context.Now))
            : CommandResult.Reject(Rejection.NotFound, $"There is no preset '{load.Name}'; the presets are: {List(Presets.Keys)}."),
        ImportMotif motif => Import(motif, context),
        AddSample sample => Add(sample, context),
        ObservePrices prices => ObserveAll(prices, context),
        RestoreSession => CommandResult.Reject(Rejection.AlreadyExists, $"Session '{Id}' exists already; a backup is restored into a new session."),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown session command."),
    };

    private SessionState ApplyAgentEvent(ISessionEvent sessionEvent) => sessionEvent switch
    {
        InstrumentParametersChanged changed => this with
        {
            Plugins = Plugins.SetItems(changed.Values.Select(v => KeyValuePair.Create(PluginKeys.Of(changed.Voice, changed.Instrument, v.Key), v.Value))),
        },
        ParameterAutomated automated => this with { Plugins = Plugins.SetItem(PluginKeys.Of(automated.Voice, automated.Instrument, automated.Parameter), automated.To) },
        PresetSaved saved => this with { Presets = Presets.SetItem(saved.Name, saved.Preset) },
        PresetLoaded loaded => this with { Parameters = Parameters.SetItems(loaded.Preset.Values), Plugins = Plugins.SetItems(loaded.Preset.Plugins) },
        MotifImported motif => this with { Motif = motif },
        SampleAdded sample => this with { Samples = Samples.SetItem(sample.Name, new LibrarySample(sample.Name, sample.Path, sample.Sha256)) },
        _ => throw new ArgumentOutOfRangeException(nameof(sessionEvent), sessionEvent.GetType().Name, "Unknown session event."),
    };

    private (IReadOnlyList<Audio.Processing.ParameterInfo> Parameters, string Instrument, Rejection? Rejection) PluginOf(string? voice)
    {
        if (voice is null || !SessionParameters.Voices.Contains(voice))
        {
            return ([], string.Empty, new Rejection(Rejection.UnknownParameter, $"There is no voice '{voice}'; the voices are {List(SessionParameters.Voices)}."));
        }

        var instrument = InstrumentOf(voice);
        return (InstrumentParameters.Of(instrument), instrument, null);
    }

    private static Rejection? CheckValue(string voice, string instrument, IReadOnlyList<Audio.Processing.ParameterInfo> parameters, string id, double value)
    {
        if (!parameters.Any(p => p.Id == id))
        {
            return new Rejection(Rejection.UnknownParameter, parameters.Count == 0
                ? $"The {instrument} on {voice} has no parameters."
                : $"The {instrument} on {voice} has no parameter '{id}'; its parameters are {List(parameters.Select(p => p.Id))}.");
        }

        return double.IsFinite(value) && value is >= 0 and <= 1
            ? null
            : new Rejection(Rejection.BadValue, $"{voice}.{id} takes a normalized value from 0 to 1; {value.ToString(CultureInfo.InvariantCulture)} is out of range.");
    }

    private CommandResult ChangeInstrument(ChangeInstrumentParameters change, CommandContext context)
    {
        var (parameters, instrument, rejection) = PluginOf(change.Voice);
        if (rejection is null && change.Values.Count == 0)
        {
            rejection = new Rejection(Rejection.BadValue, "No parameter was given.");
        }

        foreach (var (id, value) in change.Values)
        {
            rejection ??= CheckValue(change.Voice, instrument, parameters, id, value);
        }

        if (rejection is not null)
        {
            return CommandResult.Reject(rejection.Code, rejection.Message);
        }

        var changed = change.Values
            .Where(v => !Plugins.TryGetValue(PluginKeys.Of(change.Voice, instrument, v.Key), out var current) || current != v.Value)
            .ToImmutableSortedDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        return changed.Count == 0
            ? CommandResult.Accept()
            : CommandResult.Accept(new InstrumentParametersChanged(Id, change.Voice, instrument, changed, context.ApplyAtStep, context.ApplyAtTick, context.Now));
    }

    private CommandResult Automate(AutomateParameter automate, CommandContext context)
    {
        var (parameters, instrument, rejection) = PluginOf(automate.Voice);
        rejection ??= CheckValue(automate.Voice, instrument, parameters, automate.Parameter ?? string.Empty, automate.From)
            ?? CheckValue(automate.Voice, instrument, parameters, automate.Parameter ?? string.Empty, automate.To);
        if (rejection is null && automate.Beats is < 1 or > MaxAutomationBeats)
        {
            rejection = new Rejection(Rejection.BadValue, $"An automation lane lasts 1 to {MaxAutomationBeats} beats, not {automate.Beats}.");
        }

        return rejection is not null
            ? CommandResult.Reject(rejection.Code, rejection.Message)
            : CommandResult.Accept(new ParameterAutomated(Id, automate.Voice, instrument, automate.Parameter!, automate.From, automate.To, automate.Beats,
                context.ApplyAtStep, context.ApplyAtTick, context.Now));
    }

    private CommandResult SaveChain(SavePreset save, CommandContext context) =>
        CheckName(save.Name, "preset") is { } error
            ? CommandResult.Reject(Rejection.BadValue, error)
            : CommandResult.Accept(new PresetSaved(Id, save.Name.Trim(), CurrentPreset(), context.Now));

    private CommandResult Import(ImportMotif motif, CommandContext context)
    {
        var notes = motif.Notes ?? [];
        var error = notes.Count switch
        {
            0 => "The motif has no notes.",
            > MaxMotifNotes => $"A motif has at most {MaxMotifNotes} notes, not {notes.Count}.",
            _ => notes.FirstOrDefault(n => n.Tick < 0 || n.DurationTicks <= 0 || n.Pitch is < 0 or > 127 || n.Velocity is < 1 or > 127) is { } bad
                ? $"A motif note needs a tick of 0 or more, a positive length, a pitch 0-127 and a velocity 1-127; {bad} is not one."
                : null,
        };
        if (error is not null)
        {
            return CommandResult.Reject(Rejection.BadValue, error);
        }

        var first = notes.Min(n => n.Tick);
        var shifted = notes.OrderBy(n => n.Tick).ThenBy(n => n.Pitch).Select(n => n with { Tick = n.Tick - first }).ToArray();
        var length = (int)shifted.Max(n => n.Tick + n.DurationTicks);
        return CommandResult.Accept(new MotifImported(Id, motif.Source ?? "motif", shifted, length, context.ApplyAtStep, context.ApplyAtTick, context.Now));
    }

    private CommandResult Add(AddSample sample, CommandContext context)
    {
        if (CheckName(sample.Name, "sample") is { } error)
        {
            return CommandResult.Reject(Rejection.BadValue, error);
        }

        if (string.IsNullOrWhiteSpace(sample.Path) || sample.Sha256 is not { Length: 64 } || !sample.Sha256.All(Uri.IsHexDigit))
        {
            return CommandResult.Reject(Rejection.BadValue, "A sample needs the path of its file and the 64 hex digits of its SHA-256.");
        }

        // A name, once given, keeps its sound: parameters and replays refer to samples by name.
        var name = sample.Name.Trim();
        var sha = sample.Sha256.ToLowerInvariant();
        return Samples.TryGetValue(name, out var existing)
            ? existing.Sha256 == sha
                ? CommandResult.Accept()
                : CommandResult.Reject(Rejection.AlreadyExists, $"The library already has a different sample named '{name}'; a sample keeps its name, so choose another.")
            : CommandResult.Accept(new SampleAdded(sample.SessionId, name, sample.Path, sha, context.Now));
    }

    private CommandResult ObserveAll(ObservePrices prices, CommandContext context)
    {
        if (prices.Prices is not { Count: > 0 })
        {
            return CommandResult.Reject(Rejection.BadValue, "No price was given.");
        }

        if (prices.Prices.Count > PricePace.MaxPrices)
        {
            return CommandResult.Reject(Rejection.BadValue, $"A series holds at most {PricePace.MaxPrices} prices; this one has {prices.Prices.Count}.");
        }

        var bad = prices.Prices.ToList().FindIndex(p => !double.IsFinite(p) || p <= 0);
        if (bad >= 0)
        {
            return CommandResult.Reject(Rejection.BadValue, $"A price must be a positive number; price {bad + 1} ({prices.Prices[bad].ToString(CultureInfo.InvariantCulture)}) is not.");
        }

        var (steps, error) = (prices.Pace ?? PricePace.EveryBeat).StepsFor(prices.Prices.Count, Bpm, TimeSignature.BeatsPerBar);
        return error is not null
            ? CommandResult.Reject(Rejection.BadValue, error)
            : CommandResult.Accept(new PriceSeriesScheduled(Id, prices.Prices.ToArray(), steps, context.ApplyAtStep, context.ApplyAtTick, context.Now));
    }

    private static string? CheckName(string? name, string what)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        return trimmed.Length is 0 or > MaxAgentNameLength || !trimmed.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ' or '.')
            ? $"A {what} name has 1 to {MaxAgentNameLength} letters, digits, spaces, '-', '_' or '.'; '{name}' is not one."
            : null;
    }

    private static string List(IEnumerable<string> names)
    {
        var all = string.Join(", ", names);
        return all.Length == 0 ? "none" : all;
    }
}
