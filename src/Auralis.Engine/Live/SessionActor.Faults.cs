using Akka.Actor;
using Akka.Event;
using Akka.Persistence;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Sessions.SessionQueries;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Live;

/// <content>
/// Faults are loud. A child of the session that throws (a composing stage — clock, ticker, a voice — or synth, the
/// listeners, the agents) is stopped, never restarted in place: its stage may have half-moved, and the message it was
/// handling is lost, so the step in flight would never merge. The session logs the fault, tells its listeners
/// (<see cref="SessionFaulted"/>), stops the whole tree, and starts it again from its last checkpoint, journaling
/// <see cref="SessionResumed"/> exactly as a recovery does (so replay hears what the listeners heard). A session that
/// faults <see cref="SessionSettings.FaultLimit"/> times within <see cref="SessionSettings.FaultWindow"/> stops composing
/// and stays up as <c>failed</c>, with the reason, instead of looping.
/// </content>
public sealed partial class SessionActor
{
    private readonly Queue<DateTime> _faults = new();
    private long _checkpointStep;
    private int _childrenStopping;

    /// <inheritdoc />
    protected override SupervisorStrategy SupervisorStrategy() => new StageSupervision(Self);

    private void OnStageFailed(StageFailed failed)
    {
        if (_music is not { } music)
        {
            return;
        }

        var now = DateTime.UtcNow;
        while (_faults.Count > 0 && now - _faults.Peek() > _settings.FaultWindow)
        {
            _faults.Dequeue();
        }

        _faults.Enqueue(now);
        var giveUp = _faults.Count >= _settings.FaultLimit;
        var reason = $"its {failed.Stage} stage threw at step {music.NextStep - 1}: {failed.Cause.GetType().Name}: {failed.Cause.Message}";
        _log.Error(failed.Cause, "Session {0}: {1}; {2}", _id, reason,
            giveUp ? $"{_faults.Count} faults within {_settings.FaultWindow}, so it stops" : $"restarting from its checkpoint at step {_checkpointStep}");
        // Listeners hear why, then a closing: the new tree has a new ring, so a listener's node subscribes to it again.
        music.Hub.Publish(new SessionFaulted(_id, failed.Stage, reason, Restarting: !giveUp));
        music.Hub.Publish(new SessionClosing(_id, giveUp ? "failed" : "restarting after a fault", Resumes: !giveUp));
        StopMusic();
        if (giveUp)
        {
            Fail($"{reason} ({_faults.Count} faults within {_settings.FaultWindow})");
            Stash.UnstashAll();
            return;
        }

        // A new tree takes the old one's names, so it starts once every old child has gone.
        _childrenStopping = 0;
        foreach (var child in Context.GetChildren())
        {
            Context.Watch(child);
            _childrenStopping++;
        }

        Become(Restarting);
        if (_childrenStopping == 0)
        {
            Restart();
        }
    }

    private void Restarting()
    {
        Command<Terminated>(_ =>
        {
            if (--_childrenStopping == 0)
            {
                Restart();
            }
        });
        Command<GetSession>(_ => Sender.Tell(View()));
        // What the old tree still had in flight belongs to music that is gone.
        Command<StageFailed>(_ => { });
        Command<Steps.StepMessages.StepAnnounced>(_ => { });
        Command<Steps.StepMessages.StepPriced>(_ => { });
        Command<Steps.StepMessages.NotesPlanned>(_ => { });
        Command<Synthesis.SynthesisMessages.MaterialWanted>(_ => { });
        Command<SaveSnapshotSuccess>(OnSnapshotSaved);
        Command<SaveSnapshotFailure>(failure => _log.Warning("Session {0}: checkpoint failed: {1}", _id, failure.Cause.Message));
        CommandAny(_ => Stash.Stash());
    }

    private void Restart()
    {
        Become(Running);
        Stash.UnstashAll();
        if (!TryStartMusic(_checkpointStep))
        {
            return;
        }

        Persist(new SessionResumed(_id, _checkpointStep, DateTimeOffset.UtcNow), resumed =>
        {
            Remember(resumed);
            _log.Info("Session {0} restarted at step {1} after a fault", _id, resumed.AtStep);
        });
    }

    /// <summary>A child of the session threw: which one, and what.</summary>
    private sealed record StageFailed(string Stage, Exception Cause) : INoSerializationVerificationNeeded;

    // Stops the child that threw and tells the session, which restarts the whole tree (see above).
    private sealed class StageSupervision(IActorRef session) : OneForOneStrategy(_ => Directive.Stop)
    {
        public override void ProcessFailure(IActorContext context, bool restart, IActorRef child, Exception cause, Akka.Actor.Internal.ChildRestartStats stats,
            IReadOnlyCollection<Akka.Actor.Internal.ChildRestartStats> children)
        {
            session.Tell(new StageFailed(child.Path.Name, cause));
            base.ProcessFailure(context, restart, child, cause, stats, children);
        }
    }
}
