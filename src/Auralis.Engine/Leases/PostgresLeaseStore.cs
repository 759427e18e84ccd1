using System.Collections.Concurrent;
using System.Diagnostics;
using Akka.Event;
using Npgsql;

namespace Auralis.Engine.Leases;

/// <summary>
/// A node's session leases in the cluster's PostgreSQL: taken and given up one by one, renewed all together by one
/// statement a heartbeat, and reported lost when a renewal no longer returns them or cannot reach the database in time.
/// </summary>
/// <remarks>
/// The database's clock decides expiry (nodes' clocks may differ). The node's own belief, used by
/// <see cref="Holds"/>, is kept on the monotonic clock from the moment a renewal was <i>sent</i>, so it always ends
/// before the row expires; a node that was frozen past its leases' time finds them no longer held the moment it thaws.
/// </remarks>
internal sealed class PostgresLeaseStore : IAsyncDisposable
{
    private readonly NpgsqlDataSource _database;
    private readonly string _owner;
    private readonly TimeSpan _ttl;
    private readonly ILoggingAdapter _log;
    private readonly ConcurrentDictionary<string, Held> _held = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _schemaReady = new(1, 1);
    private bool _fenced;

    public PostgresLeaseStore(string connectionString, string owner, TimeSpan ttl, TimeSpan heartbeat, ILoggingAdapter log)
    {
        _database = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = owner + "-lease" }.ConnectionString);
        _owner = owner;
        _ttl = ttl;
        _log = log;
        _ = RenewLoopAsync(heartbeat, _stopping.Token);
    }

    /// <summary>Takes lease <paramref name="name"/>; false when another node holds it.</summary>
    public async Task<bool> AcquireAsync(string name, Action<Exception?> lost, CancellationToken cancel)
    {
        await EnsureSchemaAsync(cancel);
        var sent = Stopwatch.GetTimestamp();
        await using var command = _database.CreateCommand(LeaseFenceSql.Acquire);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("owner", _owner);
        command.Parameters.AddWithValue("ttl", _ttl);
        var taken = await command.ExecuteScalarAsync(cancel) is string;
        if (taken)
        {
            _held[name] = new Held(lost, Stopwatch.GetTimestamp()) { Until = sent + ToTicks(_ttl) };
        }

        return taken;
    }

    /// <summary>True while this node certainly holds lease <paramref name="name"/> (a renewal sent less than the lease's time ago returned it).</summary>
    public bool Holds(string name) => _held.TryGetValue(name, out var held) && Stopwatch.GetTimestamp() < held.Until;

    /// <summary>Gives lease <paramref name="name"/> up.</summary>
    public async Task ReleaseAsync(string name, CancellationToken cancel)
    {
        _held.TryRemove(name, out _);
        await using var command = _database.CreateCommand(LeaseFenceSql.Release);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("owner", _owner);
        await command.ExecuteNonQueryAsync(cancel);
    }

    /// <summary>Gives up every lease of this node and tells their holders they are lost (the node was downed or quarantined).</summary>
    public async Task ReleaseAllAsync(Exception reason)
    {
        foreach (var name in _held.Keys)
        {
            Lose(name, reason);
        }

        await using var command = _database.CreateCommand(LeaseFenceSql.ReleaseAll);
        command.Parameters.AddWithValue("owner", _owner);
        await command.ExecuteNonQueryAsync();
    }

    private async Task EnsureSchemaAsync(CancellationToken cancel)
    {
        if (_fenced)
        {
            return;
        }

        await _schemaReady.WaitAsync(cancel);
        try
        {
            if (_fenced)
            {
                return;
            }

            await using var connection = await _database.OpenConnectionAsync(cancel);
            await using (var installed = new NpgsqlCommand(LeaseFenceSql.Installed, connection))
            {
                if (Convert.ToInt32(await installed.ExecuteScalarAsync(cancel)) >= LeaseFenceSql.FencedTables)
                {
                    _fenced = true;
                    return;
                }
            }

            await using var transaction = await connection.BeginTransactionAsync(cancel);
            await using var command = new NpgsqlCommand(LeaseFenceSql.Schema, connection, transaction);
            var fencedTables = Convert.ToInt32(await command.ExecuteScalarAsync(cancel));
            await transaction.CommitAsync(cancel);
            // The journal's tables are created when the journal starts; until both exist, the fence is looked at again.
            _fenced = fencedTables >= LeaseFenceSql.FencedTables;
        }
        finally
        {
            _schemaReady.Release();
        }
    }

    private async Task RenewLoopAsync(TimeSpan heartbeat, CancellationToken cancel)
    {
        using var timer = new PeriodicTimer(heartbeat);
        try
        {
            while (await timer.WaitForNextTickAsync(cancel))
            {
                await RenewAsync(cancel);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RenewAsync(CancellationToken cancel)
    {
        if (_held.IsEmpty)
        {
            return;
        }

        var sent = Stopwatch.GetTimestamp();
        try
        {
            await using var command = _database.CreateCommand(LeaseFenceSql.Renew);
            command.Parameters.AddWithValue("owner", _owner);
            command.Parameters.AddWithValue("ttl", _ttl);
            // A renewal that takes longer than the lease's time is worthless: the lease may have gone meanwhile.
            command.CommandTimeout = Math.Max(1, (int)_ttl.TotalSeconds);
            var renewed = new HashSet<string>();
            await using (var reader = await command.ExecuteReaderAsync(cancel))
            {
                while (await reader.ReadAsync(cancel))
                {
                    renewed.Add(reader.GetString(0));
                }
            }

            foreach (var (name, held) in _held)
            {
                if (renewed.Contains(name))
                {
                    held.Until = sent + ToTicks(_ttl);
                }
                else if (held.TakenAt < sent)
                {
                    // Taken before this renewal was sent, so committed before it ran: not renewed means expired or taken.
                    // A lease taken while the renewal ran is left to the next beat.
                    Lose(name, new LeaseLostException($"Lease {name} expired or was taken by another node."));
                }
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // The database is out of reach: a lease whose time ran out is lost; the others wait for the next beat.
            _log.Warning("Session leases not renewed: {0}", e.Message);
            var now = Stopwatch.GetTimestamp();
            foreach (var (name, held) in _held)
            {
                if (now >= held.Until)
                {
                    Lose(name, new LeaseLostException($"Lease {name} could not be renewed in time: {e.Message}", e));
                }
            }
        }
    }

    private void Lose(string name, Exception reason)
    {
        if (_held.TryRemove(name, out var held))
        {
            held.Lost(reason);
        }
    }

    private static long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _database.DisposeAsync();
        _stopping.Dispose();
        _schemaReady.Dispose();
    }

    private sealed class Held(Action<Exception?> lost, long takenAt)
    {
        public Action<Exception?> Lost { get; } = lost;

        public long TakenAt { get; } = takenAt;

        public long Until { get; set; }
    }
}
