using Akka.Actor;
using Akka.Event;
using Auralis.Engine.Sessions;
using Auralis.Engine.Agents;
using Auralis.Engine.Listeners;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Sessions.SessionQueries;
using static Auralis.Engine.Listeners.ListenerMessages;

namespace Auralis.Engine.Live;

/// <content>
/// A session whose journal cannot be played (a value no live input could have set, an event that does not fold in) stops
/// composing and stays up as <c>failed</c>: it answers what it is and why, refuses everything but deletion, and journals
/// nothing of its own, so it neither crash-loops nor grows its journal.
/// </content>
public sealed partial class SessionActor
{
    private string? _failure;

    private void RememberUnlessFailed(ISessionEvent sessionEvent)
    {
        if (_failure is not null)
        {
            return;
        }

        try
        {
            Remember(sessionEvent);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            _failure = $"event {LastSequenceNr} ({sessionEvent.GetType().Name}) does not fold in: {e.Message}";
        }
    }

    // Null when the recovered state can play; otherwise why not.
    private string? Unplayable() =>
        _failure ?? (SessionState.Validate(_state.Parameters).Rejection is { } rejection ? $"its parameters are out of range: {rejection.Message}" : null);

    private bool TryStartMusic(long resumeStep)
    {
        try
        {
            StartMusic(resumeStep);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            Fail($"its music does not start: {e.Message}");
            return false;
        }
    }

    private void Fail(string reason)
    {
        _failure = reason;
        _log.Error("Session {0} failed and stays stopped until it is deleted: {1}", _id, reason);
        foreach (var child in Context.GetChildren())
        {
            Context.Stop(child);
        }

        _music = null;
        Become(Failed);
    }

    private void Failed()
    {
        Command<DeleteSession>(_ =>
        {
            if (!HoldsLease())
            {
                return;
            }

            var sender = Sender;
            Persist(new SessionDeleted(_id, DateTimeOffset.UtcNow), deleted =>
            {
                _state = _state.Apply(deleted);
                sender.Tell(new CommandAccepted(_id, [deleted], null));
                StopSelf();
            });
        });
        Command<GetSession>(_ => Sender.Tell(View()));
        // A failed session plays nothing, so it has no recent music to show.
        Command<GetRecent>(_ => Sender.Tell(new RecentView(_id, [])));
        Command<ISessionCommand>(_ => Sender.Tell(Refusal()));
        Command<Subscribe>(_ => Sender.Tell(Refusal()));
        Command<FeedMessages.OpenFeed>(_ => Sender.Tell(Refusal()));
        Command<IAgentRequest>(_ => Sender.Tell(Refusal()));
        Command<CheckpointAndStop>(_ => Context.Stop(Self));
        Command<LeaseLost>(OnLeaseLost);
        CommandAny(_ => { });
    }

    private CommandRejected Refusal() =>
        new(_id, new Rejection(Rejection.Failed, $"Session '{_id}' failed and plays no more ({_failure}); it can only be deleted."));
}
