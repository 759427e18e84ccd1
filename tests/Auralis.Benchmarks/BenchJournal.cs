using Akka.Actor;
using Akka.Persistence;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using Microsoft.Data.Sqlite;

namespace Auralis.Benchmarks;

/// <summary>A real actor system over a real SQLite journal in a temporary folder, removed afterwards.</summary>
internal sealed class BenchJournal : IAsyncDisposable
{
    private BenchJournal(string folder, ActorSystem system)
    {
        Folder = folder;
        System = system;
    }

    public string Folder { get; }

    public ActorSystem System { get; private set; }

    public static BenchJournal Start()
    {
        var folder = Path.Combine(Path.GetTempPath(), "auralis-bench-" + Guid.NewGuid().ToString("N"));
        return new BenchJournal(folder, Create(folder));
    }

    /// <summary>Stops the actor system and starts another on the same journal (a restart of the node).</summary>
    public async Task RestartAsync()
    {
        await System.Terminate();
        System = Create(Folder);
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
        Directory.Delete(Folder, recursive: true);
    }

    private static ActorSystem Create(string folder) =>
        ActorSystem.Create("bench", EngineSetup.SystemSetup(JournalTarget.InDataDirectory(folder), "akka.loglevel = WARNING"));

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
