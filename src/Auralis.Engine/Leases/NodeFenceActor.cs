using Akka.Actor;
using Akka.Cluster;
using Akka.Remote;

namespace Auralis.Engine.Leases;

/// <summary>Watches the node's own membership and tells <see cref="SessionLeases"/> when the node is Up, unreachable, downed, removed or quarantined.</summary>
internal sealed class NodeFenceActor : ReceiveActor
{
    private readonly Cluster _cluster = Cluster.Get(Context.System);

    public NodeFenceActor(SessionLeases leases)
    {
        Receive<ClusterEvent.MemberUp>(up => When(up.Member, leases.MemberUp));
        Receive<ClusterEvent.MemberDowned>(down => When(down.Member, () => leases.Fence("downed")));
        // After a graceful leave (Exiting, then Removed) the sessions have already been handed off: the node is fenced all
        // the same, without a warning.
        Receive<ClusterEvent.MemberRemoved>(removed => When(removed.Member,
            () => leases.Fence("removed from its cluster", warn: removed.PreviousStatus != MemberStatus.Exiting)));
        Receive<ClusterEvent.UnreachableMember>(unreachable => When(unreachable.Member, () => leases.Reachable(false)));
        Receive<ClusterEvent.ReachableMember>(reachable => When(reachable.Member, () => leases.Reachable(true)));
        Receive<ThisActorSystemQuarantinedEvent>(quarantined => leases.Fence($"quarantined by {quarantined.RemoteAddress}"));
        ReceiveAny(_ => { });
    }

    protected override void PreStart()
    {
        _cluster.Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsEvents,
            typeof(ClusterEvent.IMemberEvent), typeof(ClusterEvent.IReachabilityEvent));
        Context.System.EventStream.Subscribe(Self, typeof(ThisActorSystemQuarantinedEvent));
    }

    protected override void PostStop()
    {
        _cluster.Unsubscribe(Self);
        Context.System.EventStream.Unsubscribe(Self);
    }

    private void When(Member member, Action act)
    {
        if (member.UniqueAddress.Equals(_cluster.SelfUniqueAddress))
        {
            act();
        }
    }
}
