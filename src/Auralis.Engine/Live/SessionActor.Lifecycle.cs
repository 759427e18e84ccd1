using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Persistence;
using Auralis.Engine.Sessions;
using Auralis.Engine.Persistence;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Live;

/// <content>Checkpoints, and how a session stops: after a checkpoint, when it does not exist, by passivation under sharding.</content>
public sealed partial class SessionActor
{
    private void Checkpoint()
    {
        if (_music is not { } music || !_state.Exists)
        {
            return;
        }

        // Mid-step (a stop asked while a step is in flight) the last checkpoint stands, and recovery composes on from it.
        CaptureComposer(music);
        SaveSnapshot(new SessionSnapshot(_state, music.NextStep, [.. _inputs], _composerCheckpoint, _requests.Events, [.. _scheduled.Values]));
        music.StepsSinceCheckpoint = 0;
        _eventsSinceSnapshot = 0;
    }

    private void OnSnapshotSaved(SaveSnapshotSuccess saved)
    {
        if (saved.Metadata.SequenceNr > 1)
        {
            DeleteSnapshots(new SnapshotSelectionCriteria(saved.Metadata.SequenceNr - 1));
        }

        StopIfAsked();
    }

    private void CheckpointAndStopNow()
    {
        if (_music is null || !_state.Exists)
        {
            Context.Stop(Self);
            return;
        }

        _stopAfterCheckpoint = true;
        Checkpoint();
    }

    private void StopIfAsked()
    {
        if (_stopAfterCheckpoint)
        {
            // A checkpointed stop is a hand-off (the node leaves, the shard moves): the session comes back from this checkpoint.
            _music?.Hub.Publish(new SessionClosing(_id, "stopping", Resumes: true));
            StopMusic();
            Context.Stop(Self);
        }
    }

    // A session that does not exist (a query for an unknown id) or was deleted has nothing to run: it goes away.
    private void StopIfAbsent()
    {
        if (!_state.Exists)
        {
            StopSelf();
        }
    }

    private void StopSelf()
    {
        if (_settings.Sharded)
        {
            Context.Parent.Tell(new Passivate(CheckpointAndStop.Instance));
        }
        else
        {
            Context.Stop(Self);
        }
    }
}
