using Akka.Actor;
using Akka.Coordination;
using Akka.Event;
using Auralis.Engine.Leases;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Live;

/// <content>
/// The session's lease: at most one incarnation of a session writes it, ever. A leased session takes its lease before
/// its first write (the resumption after recovery, or the first command), waits for it with everything stashed, and stops
/// at once when it loses it — its node was downed or quarantined, the lease expired or another node took it. The lease is
/// given up when the session stops. The journal's own fence (<see cref="LeaseFenceSql"/>) refuses whatever a frozen
/// incarnation still tries to write after that.
/// </content>
public sealed partial class SessionActor
{
    // While another node still holds the lease (its node just died and the row has not expired), the new home asks again.
    private static readonly TimeSpan LeaseRetry = TimeSpan.FromMilliseconds(500);

    private Lease? _lease;
    private bool _leaseHeld;
    private Action? _afterLease;
    private DateTime _leaseAskedAt;
    private bool _leaseWaitLogged;

    // True when the session may write now; otherwise it starts taking its lease, runs then (if any) once it holds it,
    // and replays the stashed messages, the current one included when stash is true.
    private bool HoldsLease(Action? then = null, bool stash = true)
    {
        if (!_settings.Leased || (_leaseHeld && Lease.CheckLease()))
        {
            return true;
        }

        if (stash)
        {
            Stash.Stash();
        }

        _afterLease = then;
        _leaseAskedAt = DateTime.UtcNow;
        _leaseWaitLogged = false;
        BecomeStacked(WaitingForLease);
        AskForLease();
        return false;
    }

    private Lease Lease => _lease ??= LeaseProvider.Get(Context.System).GetLease(PersistenceId, SessionLeases.ConfigPath, SessionLeases.Get(Context.System).Owner);

    private void AskForLease()
    {
        var self = Self;
        Lease.Acquire(cause => self.Tell(new LeaseLost(cause.Message)))
            .ContinueWith<object>(t => t.IsCompletedSuccessfully
                ? t.Result ? LeaseTaken.Instance : new LeaseRefused(null)
                : new LeaseRefused(t.Exception?.GetBaseException()))
            .PipeTo(self);
    }

    private void WaitingForLease()
    {
        Command<LeaseTaken>(_ =>
        {
            _leaseHeld = true;
            if (_leaseWaitLogged)
            {
                _log.Info("Session {0} took its lease after {1:0.0} s", _id, (DateTime.UtcNow - _leaseAskedAt).TotalSeconds);
            }

            UnbecomeStacked();
            var then = _afterLease;
            _afterLease = null;
            then?.Invoke();
            Stash.UnstashAll();
        });
        Command<LeaseRefused>(refused =>
        {
            if (refused.Cause is LeaseLostException fenced)
            {
                GiveUpLease(fenced.Message);
                return;
            }

            // This incarnation held the lease and another node has it now (this node was frozen or cut off past its time):
            // the session lives elsewhere.
            if (_leaseHeld && refused.Cause is null)
            {
                _leaseHeld = false;
                GiveUpLease("its lease expired and another node holds it");
                return;
            }

            if (!_leaseWaitLogged)
            {
                _leaseWaitLogged = true;
                _log.Info("Session {0} waits for its lease: {1}", _id,
                    refused.Cause?.Message ?? SessionLeases.Get(Context.System).WhyNotWritable ?? "another node holds it");
            }

            Timers.StartSingleTimer(RetryLease.Instance, RetryLease.Instance, LeaseRetry);
        });
        Command<RetryLease>(_ => AskForLease());
        // A loss reported for an earlier hold (already handled) has nothing left to stop.
        Command<LeaseLost>(_ => { });
        CommandAny(_ => Stash.Stash());
    }

    private void OnLeaseLost(LeaseLost lost)
    {
        if (!_leaseHeld)
        {
            return;
        }

        _leaseHeld = false;
        GiveUpLease(lost.Reason);
    }

    // The session may not write here: it stops playing and stops, writing nothing (a shard may start it again, and it
    // takes the lease again first).
    private void GiveUpLease(string reason)
    {
        _log.Warning("Session {0} stops on this node without writing: {1}", _id, reason);
        _music?.Hub.Publish(new SessionClosing(_id, "stopping"));
        StopMusic();
        Context.Stop(Self);
    }

    private void ReleaseLease()
    {
        if (_leaseHeld && _lease is { } lease)
        {
            _leaseHeld = false;
            var log = _log;
            var id = _id;
            lease.Release().ContinueWith(t => log.Warning("Session {0}: lease not given up ({1}); it expires on its own", id, t.Exception?.GetBaseException().Message),
                TaskContinuationOptions.OnlyOnFaulted);
        }
    }

    /// <inheritdoc />
    protected override void PostStop()
    {
        ReleaseLease();
        base.PostStop();
    }

    private sealed class LeaseTaken : INoSerializationVerificationNeeded
    {
        public static readonly LeaseTaken Instance = new();
    }

    private sealed class RetryLease : INoSerializationVerificationNeeded
    {
        public static readonly RetryLease Instance = new();
    }

    private sealed record LeaseRefused(Exception? Cause) : INoSerializationVerificationNeeded;

    private sealed record LeaseLost(string Reason) : INoSerializationVerificationNeeded;
}
