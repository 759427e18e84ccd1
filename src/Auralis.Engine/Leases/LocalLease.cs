using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Coordination;

namespace Auralis.Engine.Leases;

/// <summary>
/// A session's lease on one host (the SQLite journal): a lock in this process, per journal file, so two incarnations of a
/// session — in one actor system or in two sharing the file — never write it at once.
/// </summary>
/// <remarks>SQLite serves one host, so nothing outside the process can hold the lease; the lock needs no heartbeat. It is lost only when the node is fenced (downed, removed, quarantined).</remarks>
public sealed class LocalLease : Lease
{
    private static readonly ConcurrentDictionary<string, string> Holders = new();
    private readonly SessionLeases _node;
    private readonly string _key;
    private Action<Exception>? _lost;

    /// <summary>The lease named in <paramref name="settings"/>, scoped to the configuration's <c>scope</c> (the journal file).</summary>
    public LocalLease(LeaseSettings settings, ExtendedActorSystem system)
        : base(settings)
    {
        _node = SessionLeases.Get(system);
        _key = $"{settings.LeaseConfig.GetString("scope", string.Empty)}|{settings.LeaseName}";
        _node.OnFence(cause =>
        {
            if (Holders.TryRemove(new KeyValuePair<string, string>(_key, Settings.OwnerName)))
            {
                Volatile.Read(ref _lost)?.Invoke(cause);
            }

            return Task.CompletedTask;
        });
    }

    /// <inheritdoc />
    public override Task<bool> Acquire() => Acquire(_ => { });

    /// <inheritdoc />
    public override Task<bool> Acquire(Action<Exception> leaseLostCallback)
    {
        if (_node.Fenced is { } fence)
        {
            return Task.FromException<bool>(new LeaseLostException($"No session lease is taken on this node: {fence}."));
        }

        var owner = Settings.OwnerName;
        var taken = Holders.GetOrAdd(_key, owner) == owner;
        if (taken)
        {
            Volatile.Write(ref _lost, leaseLostCallback);
        }

        return Task.FromResult(taken);
    }

    /// <inheritdoc />
    public override Task<bool> Release() => Task.FromResult(Holders.TryRemove(new KeyValuePair<string, string>(_key, Settings.OwnerName)));

    /// <inheritdoc />
    public override bool CheckLease() => _node.Fenced is null && Holders.TryGetValue(_key, out var owner) && owner == Settings.OwnerName;
}
