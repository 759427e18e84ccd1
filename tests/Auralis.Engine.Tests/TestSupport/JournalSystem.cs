using Akka.Actor;
using Akka.Actor.Setup;
using Akka.Configuration;
using Auralis.Engine.Persistence;
using Microsoft.Data.Sqlite;

namespace Auralis.Engine.Tests.TestSupport;

/// <summary>A real actor system journaling to a real SQLite file in a fresh temporary folder, removed afterwards.</summary>
public sealed class JournalFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "auralis-journal-" + Guid.NewGuid().ToString("N"));

    public JournalTarget Target => JournalTarget.InDataDirectory(Path);

    public JournalSystem Start(string extraHocon = "") => JournalSystem.Start(Target, extraHocon);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}

/// <summary>An actor system over a journal, terminated on dispose.</summary>
public sealed class JournalSystem : IAsyncDisposable
{
    private JournalSystem(ActorSystem system) => System = system;

    public ActorSystem System { get; }

    public static JournalSystem Start(JournalTarget target, string extraHocon = "")
    {
        var setup = EngineSetup.SystemSetup(target, extraHocon + "\nakka.loglevel = WARNING");
        return new JournalSystem(ActorSystem.Create("journal-spec", setup));
    }

    public async ValueTask DisposeAsync() => await System.Terminate();
}
