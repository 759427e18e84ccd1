using Akka.Actor;
using Akka.Coordination;

namespace Auralis.Engine.Leases;

/// <summary>
/// A session's lease in the cluster's PostgreSQL (see <see cref="LeaseFenceSql"/>): a row with an owner and an expiry,
/// renewed every <c>heartbeat-interval</c> and held for <c>heartbeat-timeout</c> past the last renewal.
/// </summary>
/// <remarks>Loaded by Akka's <see cref="LeaseProvider"/> from the <c>lease-class</c> in <c>auralis.session-lease</c>.</remarks>
public sealed class PostgresLease : Lease
{
    private readonly SessionLeases _node;
    private readonly PostgresLeaseStore _store;

    /// <summary>The lease named in <paramref name="settings"/>, kept in the database of the configuration's <c>connection-string</c>.</summary>
    public PostgresLease(LeaseSettings settings, ExtendedActorSystem system)
        : base(settings)
    {
        _node = SessionLeases.Get(system);
        _store = _node.Shared(() =>
        {
            var store = new PostgresLeaseStore(settings.LeaseConfig.GetString("connection-string"), _node.Owner,
                settings.TimeoutSettings.HeartbeatTimeout, settings.TimeoutSettings.HeartbeatInterval, system.Log);
            _node.OnFence(store.ReleaseAllAsync);
            system.RegisterOnTermination(() => store.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(2)));
            return store;
        });
    }

    /// <inheritdoc />
    public override Task<bool> Acquire() => Acquire(_ => { });

    /// <inheritdoc />
    public override async Task<bool> Acquire(Action<Exception> leaseLostCallback)
    {
        if (_node.Fenced is { } fence)
        {
            throw new LeaseLostException($"No session lease is taken on this node: {fence}.");
        }

        if (_node.WhyNotWritable is not null)
        {
            return false;
        }

        using var timeout = new CancellationTokenSource(Settings.TimeoutSettings.OperationTimeout);
        try
        {
            return await _store.AcquireAsync(Settings.LeaseName, e => leaseLostCallback(e ?? new LeaseLostException($"Lease {Settings.LeaseName} lost.")), timeout.Token);
        }
        catch (OperationCanceledException e)
        {
            throw new LeaseTimeoutException($"Lease {Settings.LeaseName} not taken within {Settings.TimeoutSettings.OperationTimeout}.", e);
        }
    }

    /// <inheritdoc />
    public override async Task<bool> Release()
    {
        using var timeout = new CancellationTokenSource(Settings.TimeoutSettings.OperationTimeout);
        await _store.ReleaseAsync(Settings.LeaseName, timeout.Token);
        return true;
    }

    /// <inheritdoc />
    public override bool CheckLease() => _node.Fenced is null && _store.Holds(Settings.LeaseName);
}
