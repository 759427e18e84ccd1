using Akka.Actor;
using Auralis.Engine.ReadSide;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Engine.Listeners;
using Auralis.Engine.Tests.TestSupport;
using Auralis.Engine.Live;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Sessions.SessionQueries;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Tests.Sessions;

public sealed class SessionActorSpecs : JournalTestKit
{
    private const int SampleRate = 48_000;

    public SessionActorSpecs()
        : base("session-specs")
    {
    }

    private SessionDriver Start(string id) => Start(Sys, id);

    private static SessionDriver Start(ActorSystem system, string id)
    {
        var sessionId = new SessionId(id);
        return new SessionDriver(system.ActorOf(SessionActor.Props(sessionId, SessionDriver.FreeRunning), sessionId.PersistenceId), sessionId);
    }

    [Fact]
    public async Task A_created_session_runs_its_actor_tree_and_plays_notes_and_audio()
    {
        var session = Start("tree");
        await session.CreateAsync(3, ("intensity", ParameterValue.Of(0.9)));
        var subscription = await session.SubscribeAsync();

        var audio = await SessionDriver.CaptureAsync(subscription.Ring.OpenReader(0), 2 * SampleRate);

        foreach (var path in new[] { "clock", "ticker", "voices/soprano", "voices/alto", "voices/bass", "voices/perc", "synth", "listeners", "agents", "agents/pitch", "agents/sample", "agents/vst", "agents/io" })
        {
            var identity = await Sys.ActorSelection($"{session.Session.Path}/{path}")
                .Ask<ActorIdentity>(new Identify(path), TimeSpan.FromSeconds(5));
            Assert.True(identity.Subject is not null, $"{path} is missing from the tree.");
        }

        Assert.Contains(audio, sample => Math.Abs(sample) > 0.01f);
        var notes = await SessionDriver.NotesUntilHeardAsync(subscription.Listener, ["alto", "bass", "perc", "soprano"]);
        Assert.Equal(["alto", "bass", "perc", "soprano"], notes.Select(n => n.Voice).Distinct().Order());
    }

    [Theory]
    [InlineData("bpm", 0.0)]
    [InlineData("bpm", 10_000.0)]
    [InlineData("intensity", 1.5)]
    public async Task Out_of_range_values_are_rejected_and_nothing_is_persisted(string name, double value)
    {
        var session = Start("bad-values");
        await session.CreateAsync(1);

        var answer = await session.SendAsync(new ChangeParameters(session.Id, new Dictionary<string, ParameterValue> { [name] = ParameterValue.Of(value) }));
        var unknownKey = await session.SendAsync(new ChangeParameters(session.Id, new Dictionary<string, ParameterValue> { ["key"] = ParameterValue.Of("H#") }));
        var backwardsLoop = await session.SendAsync(new ChangeTransport(session.Id, TransportCommand.Loop, LoopStartTick: 1920, LoopEndTick: 960));

        Assert.Equal(Rejection.BadValue, Assert.IsType<CommandRejected>(answer).Rejection.Code);
        Assert.Equal(Rejection.BadValue, Assert.IsType<CommandRejected>(unknownKey).Rejection.Code);
        Assert.Equal(Rejection.BadValue, Assert.IsType<CommandRejected>(backwardsLoop).Rejection.Code);
        var events = await new SessionHistory(Sys).EventsAsync(session.Id);
        Assert.IsType<SessionCreated>(Assert.Single(events).Event);
    }

    [Fact]
    public async Task An_accepted_input_is_stamped_at_the_horizon_and_sounds_from_there()
    {
        var session = Start("stamped");
        await session.CreateAsync(8);
        var subscription = await session.SubscribeAsync();
        await SessionDriver.CaptureAsync(subscription.Ring.OpenReader(0), SampleRate / 2);

        var accepted = await session.SetAsync("bpm", ParameterValue.Of(200));
        var change = Assert.IsType<ParametersChanged>(Assert.Single(accepted.Events));
        await SessionDriver.CaptureAsync(subscription.Ring.OpenReader(), SampleRate);

        var outputs = new List<ISessionOutput>();
        while (subscription.Listener.Outputs.TryRead(out var output))
        {
            outputs.Add(output);
        }

        var scheduled = outputs.OfType<ParameterScheduled>().Single(p => p.Name == "bpm");
        Assert.Equal(change.AtTick, scheduled.AtTick);
        Assert.Equal(accepted.AtTick, change.AtTick);
        var beats = outputs.OfType<TransportMoved>().ToList();
        var at = beats.FindIndex(b => b.Tick == change.AtTick && b.State == "playing");
        Assert.True(at > 0, "The step at the announced tick was played.");
        var notes = outputs.OfType<NotePlayed>().ToList();
        var before = notes.Where(n => n.Tick < change.AtTick).TakeLast(1).Single();
        Assert.Contains(notes, n => n.Tick >= change.AtTick);
        Assert.True(change.AtStep > 0);
        Assert.True(before.Tick < change.AtTick);
    }

    [Fact]
    public async Task Live_audio_and_notes_equal_a_replay_from_the_journal_bit_for_bit()
    {
        using var files = new SampleFiles();
        var (tone, sha) = files.Tone("tone", 523.25, seconds: 0.4);
        var session = Start("contract");
        await session.CreateAsync(5, ("intensity", ParameterValue.Of(0.8)));
        await session.AcceptedAsync(new Auralis.Engine.Sessions.SessionCommands.AddSample(session.Id, "tone", tone, sha));
        var subscription = await session.SubscribeAsync();
        var frames = 7L * SampleRate;

        var live = await SessionDriver.CaptureAsync(subscription.Ring.OpenReader(0), frames,
            (SampleRate, () => session.SetAsync("bpm", ParameterValue.Of(150))),
            (2 * SampleRate, () => session.AcceptedAsync(new ChangeParameters(session.Id,
                new Dictionary<string, ParameterValue>
                {
                    ["source"] = ParameterValue.Of("external"),
                    ["bass.instrument"] = ParameterValue.Of("sampler"),
                    ["bass.sample"] = ParameterValue.Of("tone"),
                }))),
            (5 * SampleRate / 2, () => session.AcceptedAsync(new ObservePrice(session.Id, 140))),
            (3 * SampleRate, () => session.AcceptedAsync(new ChangeTransport(session.Id, TransportCommand.Stop))),
            (7 * SampleRate / 2, () => session.AcceptedAsync(new ChangeTransport(session.Id, TransportCommand.Play))),
            (4 * SampleRate, () => session.AcceptedAsync(new ObservePrice(session.Id, 95))),
            (9 * SampleRate / 2, () => session.SetAsync("kit.kick", ParameterValue.Of("tone"))),
            (5 * SampleRate, () => session.SetAsync("mode", ParameterValue.Of("dorian"))));
        var liveNotes = SessionDriver.DrainNotes(subscription.Listener).Where(n => n.Frame < frames).ToList();
        await StopAsync(session.Session);

        var replayed = new AudioCapture();
        var result = await new JournalReplayer(Sys).ReplayAsync(session.Id, new ReplayLength(Seconds: (frames + 256) / (double)SampleRate), replayed);

        Assert.Equal(live.Select(BitConverter.SingleToInt32Bits), replayed.Samples.Take(live.Length).Select(BitConverter.SingleToInt32Bits));
        // The listener subscribed just after creation: on a busy machine the first step may have been told before it.
        var heardFrom = liveNotes[0].Frame;
        Assert.Equal(
            liveNotes.Select(n => (n.Tick, n.Frame, n.Voice, n.Pitch, n.Velocity, n.DurationTicks)),
            result.Notes.Where(n => n.Frame >= heardFrom && n.Frame < frames).Select(n => (n.Note.Tick, n.Frame, n.Voice, n.Note.Pitch.MidiNumber, n.Note.Velocity, n.Note.DurationTicks)));
        Assert.True(liveNotes.Count > 20);
    }

    [Fact]
    public async Task A_session_recovers_after_its_system_dies_with_every_input_and_resumes_from_its_checkpoint()
    {
        var first = Start("survivor");
        await first.CreateAsync(11);
        var subscription = await first.SubscribeAsync();
        await SessionDriver.CaptureAsync(subscription.Ring.OpenReader(0), SampleRate / 2);
        await first.SetAsync("bpm", ParameterValue.Of(132));
        await first.SetAsync("key", ParameterValue.Of("Eb"));
        await SessionDriver.CaptureAsync(subscription.Ring.OpenReader(), 3 * SampleRate);
        var before = await first.ViewAsync();

        // No graceful stop: the session is given no chance to checkpoint once more.
        await using var second = JournalSystem.Start(Folder.Target);
        await Sys.Terminate();
        var revived = Start(second.System, "survivor");

        var view = await revived.ViewAsync();
        Assert.Equal(132, view.State.Bpm);
        Assert.Equal("Eb", view.State.Text("key"));
        var events = await new SessionHistory(second.System).EventsAsync(revived.Id);
        var resumed = Assert.IsType<SessionResumed>(events[^1].Event);
        Assert.InRange(resumed.AtStep, 8, before.Step);

        var resubscribed = await revived.SubscribeAsync();
        var ringStart = resubscribed.RingStartFrame;
        var live = await SessionDriver.CaptureAsync(resubscribed.Ring.OpenReader(0), 2 * SampleRate);
        var replayed = new AudioCapture();
        await new JournalReplayer(second.System).ReplayAsync(revived.Id, new ReplayLength(Seconds: (ringStart + (3 * SampleRate)) / (double)SampleRate), replayed);

        Assert.True(ringStart > 0);
        Assert.Equal(live.Select(BitConverter.SingleToInt32Bits),
            replayed.Samples.Skip((int)(ringStart * 2)).Take(live.Length).Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public async Task A_deleted_session_stops_and_stays_deleted_after_a_restart()
    {
        var session = Start("doomed");
        await session.CreateAsync(2);
        Watch(session.Session);

        await session.AcceptedAsync(new DeleteSession(session.Id));

        await ExpectTerminatedAsync(session.Session, TimeSpan.FromSeconds(10));
        await using var second = JournalSystem.Start(Folder.Target);
        await Sys.Terminate();
        var again = Start(second.System, "doomed");
        var view = await again.Session.Ask<object>(new GetSession(again.Id), TimeSpan.FromSeconds(10));
        Assert.Equal(Rejection.NotFound, Assert.IsType<CommandRejected>(view).Rejection.Code);
        // The absent session stops itself; its name is free again only once it has.
        using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.True(await again.Session.WatchAsync(stopped.Token));
        var revived = Start(second.System, "doomed");
        var recreate = await revived.SendAsync(new CreateSession(again.Id, "again", 1, new Dictionary<string, ParameterValue>()));
        Assert.Equal(Rejection.AlreadyExists, Assert.IsType<CommandRejected>(recreate).Rejection.Code);
    }

    [Fact]
    public async Task Asking_for_a_session_that_does_not_exist_is_answered_not_found()
    {
        var session = Start("nobody");

        var answer = await session.Session.Ask<object>(new GetSession(session.Id), TimeSpan.FromSeconds(10));

        Assert.Equal(Rejection.NotFound, Assert.IsType<CommandRejected>(answer).Rejection.Code);
    }

    private async Task StopAsync(IActorRef actor)
    {
        Watch(actor);
        Sys.Stop(actor);
        await ExpectTerminatedAsync(actor, TimeSpan.FromSeconds(10));
    }
}
