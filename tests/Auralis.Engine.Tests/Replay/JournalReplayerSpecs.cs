using Akka.Actor;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;

namespace Auralis.Engine.Tests.Replay;

public sealed class JournalReplayerSpecs : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly JournalFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_session_replayed_from_the_sqlite_journal_sounds_exactly_like_its_events()
    {
        var script = new SessionScript(77).Set(4, "bpm", ParameterValue.Of(120)).Transport(9, TransportCommand.Seek, tick: 0).Price(10, 105);
        await using (var writing = _folder.Start())
        {
            var writer = writing.System.ActorOf(Props.Create(() => new EventRecorder(SessionScript.Id.PersistenceId)));
            foreach (var sessionEvent in script.Events)
            {
                await writer.Ask<long>(sessionEvent, Patience);
            }
        }

        var expected = new AudioCapture();
        var fromEvents = SessionReplayer.Replay(script.Events, new ReplayLength(Seconds: 4), expected);
        await using var reading = _folder.Start();
        var actual = new AudioCapture();

        var fromJournal = await new JournalReplayer(reading.System).ReplayAsync(SessionScript.Id, new ReplayLength(Seconds: 4), actual);

        Assert.Equal(fromEvents.Notes, fromJournal.Notes);
        Assert.Equal(expected.Samples, actual.Samples);
        await Assert.ThrowsAsync<ArgumentException>(() => new JournalReplayer(reading.System).ReplayAsync(new SessionId("nobody"), ReplayLength.ToLastInput, actual));
    }
}
