using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Auralis.Music.Theory;
using Auralis.Music.Time;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Sessions;

/// <summary>
/// A session's state as its inputs have set it, and its pure domain logic: <see cref="Process"/> validates a command
/// into events, <see cref="Apply"/> folds one event in. No actor, no I/O, no clock.
/// </summary>
/// <remarks>
/// The state reflects every accepted input at once; the music takes each input at its <see cref="ITimedInput.AtStep"/>
/// (the composer holds them until then), so a listener sees what is coming and when it will sound.
/// </remarks>
public sealed partial record SessionState
{
    /// <summary>The longest name a session may have.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The state of a session that has not been created.</summary>
    public static SessionState Empty(SessionId id) => new() { Id = id };

    /// <summary>The session's id.</summary>
    public SessionId Id { get; init; }

    /// <summary>True once the session has been created (and until it is deleted).</summary>
    public bool Exists { get; init; }

    /// <summary>True once the session has been deleted; a deleted id stays deleted.</summary>
    public bool IsDeleted { get; init; }

    /// <summary>The session's name, for people.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The seed every random choice of the session derives from.</summary>
    public ulong Seed { get; init; }

    /// <summary>Every parameter's current value, by wire name.</summary>
    public ImmutableSortedDictionary<string, ParameterValue> Parameters
    {
        get => _parameters;
        init => _parameters = value.WithComparers(StringComparer.Ordinal);
    }

    private readonly ImmutableSortedDictionary<string, ParameterValue> _parameters = ImmutableSortedDictionary.Create<string, ParameterValue>(StringComparer.Ordinal);

    /// <summary>The transport as last set.</summary>
    public TransportState Transport { get; init; } = new(false);

    /// <summary>The last externally observed price, if any.</summary>
    public double? LastExternalPrice { get; init; }

    /// <summary>When the session was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the session last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>How many events have been applied (the persistent actor's sequence number after recovery).</summary>
    public long EventCount { get; init; }

    /// <summary>The key (tonic and mode).</summary>
    [JsonIgnore]
    public Key Key => new(PitchClass.Parse(Text(SessionParameters.Key)), Scale.Parse(Text(SessionParameters.Mode)));

    /// <summary>The tempo in beats per minute.</summary>
    [JsonIgnore]
    public double Bpm => Number(SessionParameters.Bpm);

    /// <summary>The time signature.</summary>
    [JsonIgnore]
    public TimeSignature TimeSignature => TimeSignature.Parse(Text(SessionParameters.TimeSignature));

    /// <summary>The numeric value of parameter <paramref name="name"/>.</summary>
    public double Number(string name) => Parameters[name].Number ?? throw new InvalidOperationException($"{name} is not numeric.");

    /// <summary>The textual value of parameter <paramref name="name"/>.</summary>
    public string Text(string name) => Parameters[name].Text ?? Parameters[name].ToString();

    /// <summary>
    /// Validates <paramref name="command"/> against this state; accepted commands yield the events to persist, each
    /// carrying the command's idempotency key when it has one.
    /// </summary>
    public CommandResult Process(ISessionCommand command, CommandContext context)
    {
        if (command is IKeyedCommand { RequestId: { } key })
        {
            if (RequestLog.Check(key) is { } bad)
            {
                return CommandResult.Reject(Rejection.BadValue, bad);
            }

            var result = ProcessUnkeyed(command, context);
            return result with { Events = [.. result.Events.Select(e => RequestLog.Stamp(e, key))] };
        }

        return ProcessUnkeyed(command, context);
    }

    private CommandResult ProcessUnkeyed(ISessionCommand command, CommandContext context)
    {
        if (command is CreateSession create)
        {
            return Create(create, context);
        }

        if (command is SessionCommands.RestoreSession restore)
        {
            return Restore(restore);
        }

        if (!Exists)
        {
            return CommandResult.Reject(Rejection.NotFound, IsDeleted ? $"Session '{Id}' was deleted." : $"Session '{Id}' does not exist.");
        }

        return command switch
        {
            RenameSession rename => Rename(rename, context),
            ChangeParameters change => Change(change, context),
            EditSession edit => Edit(edit, context),
            ChangeTransport transport => MoveTransport(transport, context),
            ObservePrice price => Observe(price, context),
            DeleteSession => CommandResult.Accept(new SessionDeleted(Id, context.Now)),
            ScheduleInput schedule => Schedule(schedule, context),
            _ => ProcessAgentCommand(command, context),
        };
    }

    /// <summary>Folds one event into the state.</summary>
    public SessionState Apply(ISessionEvent sessionEvent)
    {
        var next = sessionEvent switch
        {
            SessionCreated created => this with
            {
                Exists = true,
                Name = created.Name,
                Seed = created.Seed,
                Parameters = SessionParameters.Defaults.ToImmutableSortedDictionary(StringComparer.Ordinal).SetItems(created.Parameters),
                Transport = new TransportState(created.Playing),
                CreatedAt = created.At,
            },
            SessionRenamed renamed => this with { Name = renamed.Name },
            ParametersChanged changed => this with { Parameters = Parameters.SetItems(changed.Values) },
            TransportChanged transport => this with { Transport = NextTransport(Transport, transport) },
            PriceObserved price => this with { LastExternalPrice = price.Price },
            PriceSeriesScheduled series => this with { LastExternalPrice = series.Prices[^1] },
            SessionResumed or InputScheduled => this,
            SessionDeleted => this with { Exists = false, IsDeleted = true },
            _ => ApplyAgentEvent(sessionEvent),
        };
        return next with { UpdatedAt = sessionEvent.At, EventCount = EventCount + 1 };
    }

    private CommandResult Create(CreateSession create, CommandContext context)
    {
        if (Exists || IsDeleted)
        {
            return CommandResult.Reject(Rejection.AlreadyExists,
                IsDeleted ? $"Session '{Id}' was deleted; its id cannot be used again." : $"Session '{Id}' exists already.");
        }

        var name = string.IsNullOrWhiteSpace(create.Name) ? Id.Value : create.Name.Trim();
        if (name.Length > MaxNameLength)
        {
            return CommandResult.Reject(Rejection.BadValue, $"A session name has at most {MaxNameLength} characters.");
        }

        var (values, rejection) = Validate(create.Parameters);
        return (rejection ?? UnknownSample(values)) is { } refused
            ? CommandResult.Reject(refused.Code, refused.Message)
            : CommandResult.Accept(new SessionCreated(Id, name, create.Seed ?? context.FreshSeed, values, create.Play, context.Now));
    }

    private CommandResult Rename(RenameSession rename, CommandContext context)
    {
        var name = rename.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > MaxNameLength)
        {
            return CommandResult.Reject(Rejection.BadValue, $"A session name has 1 to {MaxNameLength} characters.");
        }

        return name == Name ? CommandResult.Accept() : CommandResult.Accept(new SessionRenamed(Id, name, context.Now));
    }

    private CommandResult Change(ChangeParameters change, CommandContext context)
    {
        if (change.Values.Count == 0)
        {
            return CommandResult.Reject(Rejection.BadValue, "No parameter was given.");
        }

        var (values, rejection) = Validate(change.Values);
        if ((rejection ?? UnknownSample(values)) is { } refused)
        {
            return CommandResult.Reject(refused.Code, refused.Message);
        }

        var changed = values.Where(pair => !Parameters.TryGetValue(pair.Key, out var current) || current != pair.Value)
            .ToImmutableSortedDictionary(StringComparer.Ordinal);
        return changed.Count == 0
            ? CommandResult.Accept()
            : CommandResult.Accept(new ParametersChanged(Id, changed, context.ApplyAtStep, context.ApplyAtTick, context.Now));
    }

    private CommandResult Edit(EditSession edit, CommandContext context)
    {
        var renamed = edit.Name is null ? CommandResult.Accept() : Rename(new RenameSession(Id, edit.Name), context);
        if (renamed.Rejection is not null)
        {
            return renamed;
        }

        var changed = edit.Values.Count == 0 ? CommandResult.Accept() : Change(new ChangeParameters(Id, edit.Values), context);
        return changed.Rejection is not null ? changed : new CommandResult([.. renamed.Events, .. changed.Events], null);
    }

    private CommandResult MoveTransport(ChangeTransport transport, CommandContext context)
    {
        var error = transport.Command switch
        {
            TransportCommand.Seek when transport.Tick is not >= 0 => "seek needs a tick of 0 or more.",
            TransportCommand.Loop when transport.LoopStartTick is not >= 0 || transport.LoopEndTick is null =>
                "loop needs a start tick of 0 or more and an end tick.",
            TransportCommand.Loop when transport.LoopEndTick <= transport.LoopStartTick =>
                $"a loop's end ({transport.LoopEndTick}) must come after its start ({transport.LoopStartTick}).",
            _ => null,
        };
        if (error is not null)
        {
            return CommandResult.Reject(Rejection.BadValue, error);
        }

        return CommandResult.Accept(new TransportChanged(Id, transport.Command, transport.Tick, transport.LoopStartTick, transport.LoopEndTick,
            context.ApplyAtStep, context.ApplyAtTick, context.Now));
    }

    private CommandResult Schedule(ScheduleInput schedule, CommandContext context)
    {
        // The change is checked now as it would be then, so what is held can be applied when it is due.
        var check = ProcessUnkeyed(schedule.Change.ToCommand(Id, "check"), context);
        if (check.Rejection is { } rejection)
        {
            return CommandResult.Reject(rejection.Code, rejection.Message);
        }

        return CommandResult.Accept(new InputScheduled(Id, schedule.DueAt, schedule.Change, $"scheduled-{context.FreshSeed:x16}", context.Now));
    }

    private CommandResult Observe(ObservePrice price, CommandContext context) =>
        double.IsFinite(price.Price) && price.Price > 0
            ? CommandResult.Accept(new PriceObserved(Id, price.Price, context.ApplyAtStep, context.ApplyAtTick, context.Now))
            : CommandResult.Reject(Rejection.BadValue, $"A price must be a positive number; {price.Price} is not.");

    // A parameter that names a sample may name only one the library holds, of the kind it plays (a WAV for a sampler or
    // a drum, a SoundFont or SFZ for a soundfont voice): the music must never wait on a missing file. A voice that plays
    // the soundfont instrument must name its SoundFont.
    private Rejection? UnknownSample(IReadOnlyDictionary<string, ParameterValue> values)
    {
        foreach (var (name, value) in values)
        {
            if (!SessionParameters.NamesSample(name) || value.Text is not { Length: > 0 } sample)
            {
                continue;
            }

            if (!Samples.TryGetValue(sample, out var held))
            {
                var known = Samples.IsEmpty ? "the library is empty" : "the library holds " + string.Join(", ", Samples.Keys);
                return new Rejection(Rejection.BadValue, $"{name}: there is no sample '{sample}' in the session's library ({known}).");
            }

            if (held.IsSoundFont != SessionParameters.NamesSoundFont(name))
            {
                return new Rejection(Rejection.BadValue, held.IsSoundFont
                    ? $"{name}: '{sample}' is a SoundFont; a sampler or a drum plays a WAV sample."
                    : $"{name}: '{sample}' is a WAV sample; a soundfont voice plays a SoundFont (.sf2) or an SFZ.");
            }
        }

        foreach (var voice in SessionParameters.Voices)
        {
            if (Text(values, $"{voice}.instrument") == "soundfont" && Text(values, $"{voice}.soundfont") is not { Length: > 0 })
            {
                return new Rejection(Rejection.BadValue,
                    $"{voice}.instrument=soundfont needs {voice}.soundfont: a SoundFont (.sf2) or SFZ of the session's library (upload one, or start the node with --soundfont).");
            }
        }

        return null;
    }

    // A parameter's value once the change is made: the change's, else the session's, else the default.
    private string? Text(IReadOnlyDictionary<string, ParameterValue> values, string name) =>
        values.TryGetValue(name, out var value) ? value.Text
        : Parameters.TryGetValue(name, out var current) ? current.Text
        : SessionParameters.Defaults.GetValueOrDefault(name).Text;

    internal static (ImmutableSortedDictionary<string, ParameterValue> Values, Rejection? Rejection) Validate(IReadOnlyDictionary<string, ParameterValue> values)
    {
        var valid = ImmutableSortedDictionary.CreateBuilder<string, ParameterValue>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (SessionParameters.Find(name) is not { } spec)
            {
                return (valid.ToImmutable(), new Rejection(Rejection.UnknownParameter, $"There is no parameter '{name}'."));
            }

            var (canonical, error) = spec.Validate(value);
            if (error is not null)
            {
                return (valid.ToImmutable(), new Rejection(Rejection.BadValue, error));
            }

            valid[name] = canonical;
        }

        return (valid.ToImmutable(), null);
    }

    private static TransportState NextTransport(TransportState transport, TransportChanged change) => change.Command switch
    {
        TransportCommand.Play => transport with { Playing = true },
        TransportCommand.Stop => transport with { Playing = false },
        TransportCommand.Loop => transport with { LoopStartTick = change.LoopStartTick, LoopEndTick = change.LoopEndTick },
        TransportCommand.ClearLoop => transport with { LoopStartTick = null, LoopEndTick = null },
        _ => transport,
    };
}
