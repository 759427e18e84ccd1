using Akka.Actor;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Engine.Live;

/// <content>
/// Idempotent inputs and inputs held for later: a command retried under a key the session remembers is answered with its
/// first answer; a scheduled input is journaled when it arrives and applied, once, when its time comes — after a
/// restart or a move too.
/// </content>
public sealed partial class SessionActor
{
    /// <summary>How many inputs a session holds for later at most.</summary>
    public const int MaxScheduledInputs = 256;

    private readonly RequestLog _requests = new();

    private readonly Dictionary<string, InputScheduled> _scheduled = new(StringComparer.Ordinal);

    private void RestoreRequests(SessionSnapshot snapshot)
    {
        _requests.Clear();
        foreach (var keyed in snapshot.Requests ?? [])
        {
            _requests.Remember(keyed);
        }

        _scheduled.Clear();
        foreach (var held in (snapshot.Scheduled ?? []).OfType<InputScheduled>())
        {
            _scheduled[held.InputKey] = held;
        }
    }

    private void RememberRequest(ISessionEvent sessionEvent)
    {
        _requests.Remember(sessionEvent);
        if (sessionEvent is InputScheduled held)
        {
            _scheduled[held.InputKey] = held;
        }
        else if (sessionEvent.RequestId is { } key)
        {
            _scheduled.Remove(key);
        }
    }

    // True when the command was answered here: a retry of an input already made, or an input the schedule has no room for.
    private bool AnsweredWithoutProcessing(ISessionCommand command)
    {
        if (command is IKeyedCommand { RequestId: { } key } && _requests.TryGet(key, out var earlier))
        {
            Sender.Tell(new CommandAccepted(_id, earlier, earlier.OfType<ITimedInput>().Select(i => (long?)i.AtTick).FirstOrDefault()));
            return true;
        }

        if (command is ScheduleInput && _scheduled.Count >= MaxScheduledInputs)
        {
            Sender.Tell(new CommandRejected(_id, new Rejection(Rejection.BadValue,
                $"Session '{_id}' holds {MaxScheduledInputs} inputs for later already; send this one when it is due.")));
            return true;
        }

        return false;
    }

    private void ArmScheduledInputs()
    {
        foreach (var held in _scheduled.Values)
        {
            Arm(held);
        }
    }

    private void Arm(InputScheduled held)
    {
        var delay = held.DueAt - DateTimeOffset.UtcNow;
        Timers.StartSingleTimer(held.InputKey, new InputDue(held.InputKey), delay > TimeSpan.Zero ? delay : TimeSpan.Zero);
    }

    // The held input comes back as the command it was, under its own key: applied once, or answered as a retry.
    private void OnInputDue(InputDue due)
    {
        if (_scheduled.Remove(due.Key, out var held))
        {
            Self.Tell(held.Change.ToCommand(_id, held.InputKey), ActorRefs.NoSender);
        }
    }

    private sealed record InputDue(string Key) : INoSerializationVerificationNeeded;
}
