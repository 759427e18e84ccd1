using Akka.Actor;
using Akka.Cluster;
using Akka.Event;

namespace Auralis.Engine.Leases;

/// <summary>
/// The node's side of the session leases: who the node is as a writer (the leases' owner), whether it may write at all,
/// and the fence that stops every session of the node at once when it learns it was downed, removed or quarantined.
/// </summary>
/// <remarks>
/// A node of a cluster may take a lease only while it is Up and no member has found it unreachable: a node that has been
/// downed without knowing it yet (frozen, cut off) must not start sessions that the survivors have already moved. Once
/// fenced a node stays fenced: it has been (or is being) removed, and an actor system never rejoins.
/// </remarks>
public sealed class SessionLeases : IExtension
{
    /// <summary>Where the session lease's configuration lives (the lease class, its heartbeat and time).</summary>
    public const string ConfigPath = "auralis.session-lease";

    private readonly ExtendedActorSystem _system;
    private readonly bool _clustered;
    private readonly List<Func<Exception, Task>> _onFence = [];
    private volatile bool _up;
    private volatile bool _unreachable;
    private volatile string? _fence;
    private object? _shared;

    /// <summary>The extension for <paramref name="system"/>; a clustered system starts its fence watcher.</summary>
    public SessionLeases(ExtendedActorSystem system)
    {
        _system = system;
        var owner = system.Settings.Config.GetString($"{ConfigPath}.owner", string.Empty);
        Owner = string.IsNullOrEmpty(owner) ? NewOwner() : owner;
        _clustered = system.Provider is IClusterActorRefProvider;
        _up = !_clustered;
        if (_clustered)
        {
            system.SystemActorOf(Props.Create(() => new NodeFenceActor(this)), "session-lease-fence");
        }
    }

    /// <summary>The node as a writer: the owner of its leases, and the name its journal connections give PostgreSQL.</summary>
    public string Owner { get; }

    /// <summary>Why this node will never take a lease again (downed, removed, quarantined), or null.</summary>
    public string? Fenced => _fence;

    /// <summary>Why this node may not take a lease now, or null when it may.</summary>
    public string? WhyNotWritable =>
        _fence ?? (!_up ? "the node is not Up in its cluster" : _unreachable ? "another member finds this node unreachable" : null);

    /// <summary>The extension of <paramref name="system"/>.</summary>
    public static SessionLeases Get(ActorSystem system) => system.WithExtension<SessionLeases, SessionLeasesProvider>();

    /// <summary>A fresh writer name, unique to one start of one node, short enough for PostgreSQL's <c>application_name</c>.</summary>
    public static string NewOwner() => $"auralis-{Guid.NewGuid():N}";

    /// <summary>Registers what to do when the node is fenced (a lease store gives up all its leases).</summary>
    internal void OnFence(Func<Exception, Task> revoke)
    {
        lock (_onFence)
        {
            _onFence.Add(revoke);
        }
    }

    /// <summary>The one lease store of this node, made by <paramref name="create"/> the first time a lease asks for it.</summary>
    internal T Shared<T>(Func<T> create)
        where T : class
    {
        lock (_onFence)
        {
            return (T)(_shared ??= create());
        }
    }

    internal void MemberUp() => _up = true;

    internal void Reachable(bool reachable) => _unreachable = !reachable;

    /// <summary>The node learnt it was downed, removed or quarantined: it gives up every lease, which stops every session it runs.</summary>
    internal void Fence(string reason, bool warn = true)
    {
        if (_fence is not null)
        {
            return;
        }

        _fence = $"the node was {reason}";
        if (warn)
        {
            _system.Log.Warning("This node was {0}: its sessions stop and it takes no session lease again", reason);
        }

        Func<Exception, Task>[] revokes;
        lock (_onFence)
        {
            revokes = [.. _onFence];
        }

        var cause = new LeaseLostException($"The node was {reason}.");
        foreach (var revoke in revokes)
        {
            revoke(cause).ContinueWith(
                t => _system.Log.Warning("Leases not given up in the database ({0}); they expire on their own", t.Exception?.GetBaseException().Message),
                TaskContinuationOptions.OnlyOnFaulted);
        }
    }
}

/// <summary>Creates <see cref="SessionLeases"/>.</summary>
public sealed class SessionLeasesProvider : ExtensionIdProvider<SessionLeases>
{
    /// <inheritdoc />
    public override SessionLeases CreateExtension(ExtendedActorSystem system) => new(system);
}
