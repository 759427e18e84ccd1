using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Sessions;

/// <content>Restoring a backup: every event of it passes the same checks as the live command that would have produced it.</content>
public sealed partial record SessionState
{
    private CommandResult Restore(RestoreSession restore)
    {
        if (Exists || IsDeleted)
        {
            return CommandResult.Reject(Rejection.AlreadyExists,
                IsDeleted ? $"Session '{Id}' was deleted; its id cannot be used again." : $"Session '{Id}' exists already; a backup is restored into a new session.");
        }

        if (restore.Events.Count == 0 || restore.Events[0] is not SessionCreated)
        {
            return CommandResult.Reject(Rejection.BadValue, "A backup starts with the session's creation.");
        }

        // The backup is replayed through Process, event by event, on the state it has built so far: what a client could not
        // have done live (a tempo of 1e9, an unknown parameter, a sample the library lacks) cannot be restored either.
        var state = this;
        var restored = new List<ISessionEvent>(restore.Events.Count);
        for (var i = 0; i < restore.Events.Count; i++)
        {
            var (events, rejection) = state.Readmit(restore.Events[i]);
            if (rejection is not null)
            {
                return CommandResult.Reject(rejection.Code, $"Event {i + 1} of the backup ({restore.Events[i].GetType().Name}) is refused: {rejection.Message}");
            }

            foreach (var sessionEvent in events)
            {
                state = state.Apply(sessionEvent);
                restored.Add(sessionEvent);
            }
        }

        return CommandResult.Accept([.. restored]);
    }

    // The event as its command would produce it now, stamped where and when the backup says it was.
    private (IReadOnlyList<ISessionEvent> Events, Rejection? Rejection) Readmit(ISessionEvent sessionEvent)
    {
        if (sessionEvent.SessionId != Id)
        {
            return ([], new Rejection(Rejection.BadValue, $"it belongs to session '{sessionEvent.SessionId}', not '{Id}'."));
        }

        if (sessionEvent is ITimedInput { AtStep: < 0 } or ITimedInput { AtTick: < 0 } or SessionResumed { AtStep: < 0 })
        {
            return ([], new Rejection(Rejection.BadValue, "an input applies at a step and tick of 0 or more."));
        }

        if (sessionEvent is SessionResumed resumed)
        {
            return Exists ? ([resumed], null) : ([], new Rejection(Rejection.BadValue, "the session resumes before it was created."));
        }

        var timed = sessionEvent as ITimedInput;
        var context = new CommandContext(sessionEvent.At, timed?.AtStep ?? 0, timed?.AtTick ?? 0, 0);
        if (CommandOf(sessionEvent) is not { } command)
        {
            return ([], new Rejection(Rejection.BadValue, "a backup cannot carry this event."));
        }

        var result = Process(command, context);
        return (result.Events, result.Rejection);
    }

    private static ISessionCommand? CommandOf(ISessionEvent sessionEvent) => sessionEvent switch
    {
        SessionCreated created => new CreateSession(created.SessionId, created.Name, created.Seed, created.Parameters ?? new Dictionary<string, ParameterValue>(), created.Playing),
        SessionRenamed renamed => new RenameSession(renamed.SessionId, renamed.Name),
        ParametersChanged changed => new ChangeParameters(changed.SessionId, changed.Values ?? new Dictionary<string, ParameterValue>()),
        TransportChanged transport => new ChangeTransport(transport.SessionId, transport.Command, transport.Tick, transport.LoopStartTick, transport.LoopEndTick),
        PriceObserved price => new ObservePrice(price.SessionId, price.Price),
        PriceSeriesScheduled series => new ObservePrices(series.SessionId, series.Prices ?? [], new PricePace(series.StepsPerPrice)),
        InstrumentParametersChanged changed => new ChangeInstrumentParameters(changed.SessionId, changed.Voice, changed.Values ?? new Dictionary<string, double>()),
        ParameterAutomated automated => new AutomateParameter(automated.SessionId, automated.Voice, automated.Parameter, automated.From, automated.To, automated.Steps),
        PresetSaved saved => new SavePreset(saved.SessionId, saved.Name),
        PresetLoaded loaded => new LoadPreset(loaded.SessionId, loaded.Name),
        MotifImported motif => new ImportMotif(motif.SessionId, motif.Source, motif.Notes ?? []),
        InputScheduled scheduled => new ScheduleInput(scheduled.SessionId, scheduled.DueAt, scheduled.Change),
        SampleAdded sample => new AddSample(sample.SessionId, sample.Name, sample.Path, sample.Sha256),
        _ => null,
    };
}
