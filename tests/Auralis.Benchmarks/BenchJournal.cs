using Akka.Actor;
using Akka.Persistence;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using Microsoft.Data.Sqlite;

namespace Auralis.Benchmarks;

/// <summary>A real actor system over a real SQLite journal in a temporary folder, removed afterwards.</summary>
internal sealed class BenchJournal : IAsyncDisposable
{
    private readonly JournalTarget _target;

    private BenchJournal(string folder, JournalTarget target, ActorSystem system)
    {
        Folder = folder;
        _target = target;
        System = system;
    }

    public string Folder { get; }

    public ActorSystem System { get; private set; }

    /// <summary>A journal in a fresh SQLite file, or in <paramref name="journal"/> (<c>sqlite:PATH</c> or <c>postgres:…</c>) when given.</summary>
    public static BenchJournal Start(string? journal = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "auralis-bench-" + Guid.NewGuid().ToString("N"));
        var target = journal is null ? JournalTarget.InDataDirectory(folder) : JournalTarget.Parse(journal);
        return new BenchJournal(folder, target, Create(target));
    }

    /// <summary>Stops the actor system and starts another on the same journal (a restart of the node).</summary>
    public async Task RestartAsync()
    {
        await System.Terminate();
        System = Create(_target);
    }

    /// <summary>Writes <paramref name="events"/> as the journal of their session, in batches, and waits until they are stored.</summary>
    public async Task WriteAsync(IReadOnlyList<ISessionEvent> events)
    {
        var writer = System.ActorOf(Props.Create(() => new EventWriter(events[0].SessionId.PersistenceId)));
        foreach (var batch in events.Chunk(500))
        {
            await writer.Ask<long>(batch, TimeSpan.FromMinutes(2));
        }

        await writer.GracefulStop(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await System.Terminate();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static ActorSystem Create(JournalTarget target) =>
        ActorSystem.Create("bench", EngineSetup.SystemSetup(target, "akka.loglevel = WARNING"));

    private sealed class EventWriter : ReceivePersistentActor
    {
        public EventWriter(string persistenceId)
        {
            PersistenceId = persistenceId;
            Command<ISessionEvent[]>(batch =>
            {
                var sender = Sender;
                var left = batch.Length;
                PersistAll(batch, _ =>
                {
                    if (--left == 0)
                    {
                        sender.Tell(LastSequenceNr);
                    }
                });
            });
        }

        public override string PersistenceId { get; }
    }
}
