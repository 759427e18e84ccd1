using Akka.Actor;
using Akka.Actor.Setup;
using Akka.Configuration;
using Akka.Persistence;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using Microsoft.Data.Sqlite;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Tests.Persistence;

public sealed class SqliteJournalSpecs : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "auralis-journal-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Events_persisted_to_the_sqlite_file_are_recovered_by_a_new_actor_system()
    {
        var target = JournalTarget.InDataDirectory(_folder);
        var renamed = new SessionRenamed(new SessionId("demo"), "after restart", DateTimeOffset.UnixEpoch);

        await using (var first = await Start(target))
        {
            var writer = first.System.ActorOf(Props.Create(() => new EventRecorder("session-demo")));
            Assert.Equal(1L, await writer.Ask<long>(renamed, TimeSpan.FromSeconds(20)));
            Assert.Equal(2L, await writer.Ask<long>(renamed with { Name = "twice" }, TimeSpan.FromSeconds(20)));
        }

        await using var second = await Start(target);
        var reader = second.System.ActorOf(Props.Create(() => new EventRecorder("session-demo")));
        var recovered = await reader.Ask<IReadOnlyList<ISessionEvent>>(EventRecorder.Recovered.Instance, TimeSpan.FromSeconds(20));

        Assert.Equal(["after restart", "twice"], recovered.Cast<SessionRenamed>().Select(e => e.Name));
    }

    [Fact]
    public async Task The_journal_file_is_in_wal_mode_with_full_sync()
    {
        var target = JournalTarget.InDataDirectory(_folder);
        await using var node = await Start(target);
        var writer = node.System.ActorOf(Props.Create(() => new EventRecorder("session-wal")));
        await writer.Ask<long>(new SessionDeleted(new SessionId("wal"), DateTimeOffset.UnixEpoch), TimeSpan.FromSeconds(20));

        using var connection = new SqliteConnection(SqliteJournalFile.ConnectionString(target.SqlitePath));
        connection.Open();
        SqliteJournalFile.ApplyPragmas(connection);
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal(2L, Scalar(connection, "PRAGMA synchronous;"));
        Assert.Equal(1L, Scalar(connection, "SELECT COUNT(*) FROM journal WHERE persistence_id = 'session-wal';"));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static Task<RunningSystem> Start(JournalTarget target)
    {
        var (config, setup) = JournalConfiguration.For(target);
        var bootstrap = BootstrapSetup.Create().WithConfig(config.WithFallback(ConfigurationFactory.ParseString("akka.loglevel = WARNING")));
        var system = ActorSystem.Create("journal-spec", ActorSystemSetup.Create(bootstrap, setup));
        return Task.FromResult(new RunningSystem(system));
    }

    private sealed record RunningSystem(ActorSystem System) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await System.Terminate();
    }

    private sealed class EventRecorder : ReceivePersistentActor
    {
        private readonly List<ISessionEvent> _events = [];

        public EventRecorder(string persistenceId)
        {
            PersistenceId = persistenceId;
            Recover<ISessionEvent>(_events.Add);
            Command<ISessionEvent>(e => Persist(e, persisted =>
            {
                _events.Add(persisted);
                Sender.Tell(LastSequenceNr);
            }));
            Command<Recovered>(_ => Sender.Tell(_events.ToArray()));
        }

        public override string PersistenceId { get; }

        public sealed class Recovered
        {
            public static readonly Recovered Instance = new();
        }
    }
}
