using Akka.Actor;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using Microsoft.Data.Sqlite;
using Auralis.Engine.Live;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Cli.Tests.Replay;

/// <summary>A real SQLite journal in a temporary folder holding session 'take', played for a while by a real session actor with a few changes.</summary>
public sealed class RecordedJournal : IAsyncLifetime
{
    public const string SessionName = "take";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "auralis-cli-" + Guid.NewGuid().ToString("N"));

    public JournalTarget Target => JournalTarget.InDataDirectory(Folder);

    public async Task InitializeAsync()
    {
        var settings = new SessionSettings(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(50), 8, 50, 1 << 20, 1 << 16, RealTime: false);
        var system = ActorSystem.Create("cli-journal", EngineSetup.SystemSetup(Target, "akka.loglevel = WARNING"));
        try
        {
            var id = new SessionId(SessionName);
            var session = system.ActorOf(SessionActor.Props(id, settings), id.PersistenceId);
            await AcceptedAsync(session, new CreateSession(id, SessionName, 11, new Dictionary<string, ParameterValue> { ["intensity"] = ParameterValue.Of(0.8) }));
            await Task.Delay(500);
            await AcceptedAsync(session, new ChangeParameters(id, new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(140) }));
            await Task.Delay(700);
            await AcceptedAsync(session, new ChangeParameters(id, new Dictionary<string, ParameterValue> { ["mode"] = ParameterValue.Of("dorian") }));
            await Task.Delay(800);
            await session.GracefulStop(TimeSpan.FromSeconds(10));
        }
        finally
        {
            await system.Terminate();
        }
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    private static async Task AcceptedAsync(IActorRef session, ISessionCommand command)
    {
        var answer = await session.Ask<object>(command, TimeSpan.FromSeconds(20));
        Assert.IsType<CommandAccepted>(answer);
    }
}
