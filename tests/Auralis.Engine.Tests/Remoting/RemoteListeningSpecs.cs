using Akka.Actor;
using Auralis.Engine.Agents;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using Auralis.Engine.Listeners;
using Auralis.Engine.Tests.TestSupport;
using Auralis.Engine.Live;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionQueries;
using static Auralis.Engine.Listeners.ListenerMessages;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Tests.Remoting;

/// <summary>A listener on one actor system hears a session that lives on another, over real remoting on loopback.</summary>
public sealed class RemoteListeningSpecs : IDisposable
{
    private const string Remote = """
        akka.actor.provider = remote
        akka.remote.dot-netty.tcp.hostname = 127.0.0.1
        akka.remote.dot-netty.tcp.port = 0
        """;

    private readonly JournalFolder _home = new();
    private readonly JournalFolder _away = new();

    [Fact]
    public async Task A_mirror_on_another_node_receives_the_sessions_exact_audio_and_its_notes()
    {
        await using var home = JournalSystem.Start(_home.Target, Remote);
        await using var away = JournalSystem.Start(_away.Target, Remote);
        var id = new SessionId("far-away");
        var session = home.System.ActorOf(SessionActor.Props(id, SessionDriver.FreeRunning), id.PersistenceId);
        var driver = new SessionDriver(session, id);
        await driver.CreateAsync(4, ("intensity", ParameterValue.Of(0.9)));
        var local = await driver.SubscribeAsync();

        var homeAddress = ((ExtendedActorSystem)home.System).Provider.DefaultAddress;
        var remoteSession = await away.System.ActorSelection(session.Path.ToStringWithAddress(homeAddress)).ResolveOne(TimeSpan.FromSeconds(10));
        var mirror = away.System.ActorOf(SessionMirror.Props(id, remoteSession));
        var answer = await mirror.Ask<object>(SessionMirror.Open.Instance, TimeSpan.FromSeconds(20));
        var mirrored = Assert.IsType<Subscribed>(answer);
        Assert.NotSame(local.Ring, mirrored.Ring);

        var heard = await SessionDriver.CaptureAsync(mirrored.Ring.OpenReader(0), 48_000);
        var start = mirrored.RingStartFrame - local.RingStartFrame;
        var original = await SessionDriver.CaptureAsync(local.Ring.OpenReader(start), 48_000);

        Assert.Equal(original.Select(BitConverter.SingleToInt32Bits), heard.Select(BitConverter.SingleToInt32Bits));
        Assert.Contains(heard, s => Math.Abs(s) > 0.01f);
        var notes = new List<NotePlayed>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (notes.Count < 4 && DateTime.UtcNow < deadline)
        {
            notes.AddRange(SessionDriver.DrainNotes(mirrored.Listener));
            await Task.Delay(20);
        }

        Assert.True(notes.Count >= 4, "Notes reached the other node.");

        await driver.AcceptedAsync(new DeleteSession(id));
        var closed = false;
        deadline = DateTime.UtcNow.AddSeconds(20);
        while (!closed && DateTime.UtcNow < deadline)
        {
            while (mirrored.Listener.Outputs.TryRead(out var output))
            {
                closed |= output is SessionClosing;
            }

            await Task.Delay(20);
        }

        Assert.True(closed, "The remote listener was told the session closed.");
    }

    [Fact]
    public async Task Agent_requests_from_another_node_reach_the_session_and_their_answers_come_back()
    {
        await using var home = JournalSystem.Start(_home.Target, Remote);
        await using var away = JournalSystem.Start(_away.Target, Remote);
        var id = new SessionId("agents-far-away");
        var session = home.System.ActorOf(SessionActor.Props(id, SessionDriver.FreeRunning), id.PersistenceId);
        await new SessionDriver(session, id).CreateAsync(6);
        var homeAddress = ((ExtendedActorSystem)home.System).Provider.DefaultAddress;
        var remote = await away.System.ActorSelection(session.Path.ToStringWithAddress(homeAddress)).ResolveOne(TimeSpan.FromSeconds(10));
        var timeout = TimeSpan.FromSeconds(30);

        var plugins = Assert.IsType<VstRequests.PluginsRead>(await remote.Ask<object>(new VstRequests.GetPlugins(id), timeout));
        var samples = Assert.IsType<SampleRequests.SamplesListed>(await remote.Ask<object>(new SampleRequests.ListSamples(id), timeout));
        var exported = Assert.IsType<IoRequests.SessionExported>(
            await remote.Ask<object>(new IoRequests.ExportSession(id, "json", Auralis.Engine.Replay.ReplayLength.ToLastInput), timeout));
        var refused = Assert.IsType<CommandRejected>(await remote.Ask<object>(new IoRequests.ExportSession(id, "ogg", Auralis.Engine.Replay.ReplayLength.ToLastInput), timeout));
        var imported = Assert.IsType<CommandAccepted>(await remote.Ask<object>(new IoRequests.ImportPriceCsv(id, "date,price\n2026-01-02,101.5\n2026-01-05,99\n"), timeout));

        Assert.Equal(["soprano", "alto", "bass", "perc"], plugins.Chain.Voices.Select(v => v.Voice));
        Assert.Empty(samples.Samples);
        Assert.Equal("application/json", exported.ContentType);
        Assert.Contains("\"agents-far-away\"", System.Text.Encoding.UTF8.GetString(exported.Content));
        Assert.Contains("ogg", refused.Rejection.Message);
        Assert.Single(imported.Events);
        foreach (var message in new object[] { new VstRequests.GetPlugins(id), plugins, samples, exported })
        {
            Assert.IsType<Auralis.Engine.Remoting.SessionMessageSerializer>(away.System.Serialization.FindSerializerFor(message));
        }
    }

    public void Dispose()
    {
        _home.Dispose();
        _away.Dispose();
    }
}
