using Akka.Actor;
using Auralis.Engine.ReadSide;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Tests.ReadSide;

public sealed class SessionHistorySpecs : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly JournalFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Sessions_and_their_histories_are_read_from_the_journal()
    {
        await using var node = _folder.Start();
        foreach (var id in new[] { "beta", "alpha" })
        {
            var session = new SessionId(id);
            var writer = node.System.ActorOf(Props.Create(() => new EventRecorder(session.PersistenceId)));
            await writer.Ask<long>(new SessionCreated(session, id, 1, new Dictionary<string, ParameterValue>(), true, Noon), Patience);
            await writer.Ask<long>(new ParametersChanged(session, new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(140) }, 4, 1920, Noon), Patience);
        }

        var unrelated = node.System.ActorOf(Props.Create(() => new EventRecorder("not-a-session")));
        await unrelated.Ask<long>(new SessionDeleted(new SessionId("x"), Noon), Patience);
        var history = new SessionHistory(node.System);

        var ids = await history.SessionIdsAsync();
        var alpha = await history.EventsAsync(new SessionId("alpha"));
        var state = await history.StateAsync(new SessionId("alpha"));

        Assert.Equal(["alpha", "beta"], ids.Select(id => id.Value));
        Assert.Equal([1L, 2L], alpha.Select(e => e.SequenceNr));
        Assert.IsType<ParametersChanged>(alpha[1].Event);
        Assert.Equal(140, state!.Bpm);
        Assert.Null(await history.StateAsync(new SessionId("never")));
    }
}
