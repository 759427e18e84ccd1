using Akka.Actor;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Tests.Persistence;

public sealed class SqliteJournalSpecs : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly JournalFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Events_persisted_to_the_sqlite_file_are_recovered_by_a_new_actor_system()
    {
        var renamed = new SessionRenamed(new SessionId("demo"), "after restart", DateTimeOffset.UnixEpoch);

        await using (var first = _folder.Start())
        {
            var writer = first.System.ActorOf(Props.Create(() => new EventRecorder("session-demo")));
            Assert.Equal(1L, await writer.Ask<long>(renamed, Patience));
            Assert.Equal(2L, await writer.Ask<long>(renamed with { Name = "twice" }, Patience));
        }

        await using var second = _folder.Start();
        var reader = second.System.ActorOf(Props.Create(() => new EventRecorder("session-demo")));
        var recovered = await reader.Ask<ISessionEvent[]>(EventRecorder.Recovered.Instance, Patience);

        Assert.Equal(["after restart", "twice"], recovered.Cast<SessionRenamed>().Select(e => e.Name));
    }

    [Fact]
    public async Task The_journal_file_is_in_wal_mode_with_full_sync()
    {
        await using var node = _folder.Start();
        var writer = node.System.ActorOf(Props.Create(() => new EventRecorder("session-wal")));
        await writer.Ask<long>(new SessionDeleted(new SessionId("wal"), DateTimeOffset.UnixEpoch), Patience);

        using var connection = new SqliteConnection(SqliteJournalFile.ConnectionString(_folder.Target.SqlitePath));
        connection.Open();
        SqliteJournalFile.ApplyPragmas(connection);
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal(2L, Scalar(connection, "PRAGMA synchronous;"));
        Assert.Equal(1L, Scalar(connection, "SELECT COUNT(*) FROM journal WHERE persistence_id = 'session-wal';"));
    }

    [Fact]
    public async Task Opening_a_journal_connection_hands_the_write_back_to_its_caller_so_waiting_writes_can_join_its_batch()
    {
        // The continuation of a yield goes to the current scheduler; the exclusive one stays busy until the check is done.
        var exclusive = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;
        SqliteJournalFile.Prepare(_folder.Target.SqlitePath);
        using var connection = new SqliteConnection(SqliteJournalFile.ConnectionString(_folder.Target.SqlitePath));
        connection.Open();

        var pragmas = await Task.Factory.StartNew(
            () =>
            {
                var applying = SqliteJournalFile.ApplyPragmasAsync(connection, CancellationToken.None);
                Assert.False(applying.IsCompleted);
                return applying;
            },
            CancellationToken.None,
            TaskCreationOptions.None,
            exclusive);
        await pragmas;

        Assert.Equal(2L, Scalar(connection, "PRAGMA synchronous;"));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
