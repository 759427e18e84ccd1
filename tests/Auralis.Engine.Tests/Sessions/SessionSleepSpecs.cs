using Akka.Actor;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Engine.Synthesis;
using Auralis.Engine.Tests.TestSupport;
using Auralis.Engine.Live;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Synthesis.SynthesisMessages;

namespace Auralis.Engine.Tests.Sessions;

public sealed class SessionSleepSpecs : JournalTestKit
{
    private const int SampleRate = 48_000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public SessionSleepSpecs()
        : base("sleep-specs")
    {
    }

    [Fact]
    public async Task A_stopped_session_renders_nothing_and_after_play_and_stop_only_its_tail()
    {
        var session = Start("silent", SessionDriver.FreeRunning);
        await session.AcceptedAsync(new CreateSession(session.Id, "silent", 4, new Dictionary<string, ParameterValue>(), Play: false));
        var subscription = await session.SubscribeAsync();

        // Somebody listens, but nothing sounds: not one frame is rendered.
        await AwaitSleepingAsync(session);
        await AssertRendersNothingMoreAsync(session, 0);
        Assert.Equal(0, subscription.Ring.WrittenFrames);
        Assert.True(subscription.Sleeping!());

        await session.AcceptedAsync(new ChangeTransport(session.Id, TransportCommand.Play));
        var heard = await SessionDriver.CaptureAsync(subscription.Ring.OpenReader(0), 2 * SampleRate);
        Assert.Contains(heard, sample => Math.Abs(sample) > 0.01f);

        await session.AcceptedAsync(new ChangeTransport(session.Id, TransportCommand.Stop));
        var stopped = await AwaitSleepingAsync(session);
        await AssertRendersNothingMoreAsync(session, stopped.RenderedFrame);
        Assert.Equal(stopped.RenderedFrame, subscription.Ring.WrittenFrames);
        Assert.True(stopped.RenderedFrame > 2 * SampleRate);
    }

    [Fact]
    public async Task A_session_nobody_listens_to_sleeps_and_resumes_where_it_slept_bit_for_bit_as_replayed()
    {
        var settings = SessionDriver.FreeRunning with { ListenerGrace = TimeSpan.Zero };
        var session = Start("sleeper", settings);
        await session.CreateAsync(7, ("intensity", ParameterValue.Of(0.8)));
        var bpm = (await session.ViewAsync()).State.Bpm;

        // Nobody listens and the grace period is nil: it sleeps before its first frame.
        await AssertRendersNothingMoreAsync(session, (await AwaitSleepingAsync(session)).RenderedFrame);
        var first = await session.SubscribeAsync();
        await SessionDriver.CaptureAsync(first.Ring.OpenReader(0), 2 * SampleRate);
        first.Listener.Dispose();
        var slept = await AwaitSleepingAsync(session);
        await AssertRendersNothingMoreAsync(session, slept.RenderedFrame);

        // An input while it sleeps applies where it slept (not where the wall clock has got to), and is rendered with
        // its tail even though nobody listens; then the session sleeps again.
        var accepted = await session.SetAsync("bpm", ParameterValue.Of(150));
        var change = Assert.IsType<ParametersChanged>(Assert.Single(accepted.Events));
        var stampedAt = (long)Math.Round(change.AtTick * (SampleRate * 60.0 / (bpm * 480)));
        var oneBeat = (long)(SampleRate * 60.0 / bpm);
        Assert.InRange(stampedAt, slept.RenderedFrame, slept.RenderedFrame + (2 * settings.LookAheadFrames) + oneBeat + 128);
        var sleptAgain = await AwaitSleepingAsync(session, after: slept.RenderedFrame);
        Assert.True(sleptAgain.RenderedFrame >= stampedAt + (long)(settings.Tail.TotalSeconds * SampleRate));

        // A listener wakes it; what it hears continues the timeline without a gap, and equals the replay bit for bit.
        var second = await session.SubscribeAsync();
        var frames = sleptAgain.RenderedFrame + SampleRate;
        var live = await SessionDriver.CaptureAsync(second.Ring.OpenReader(0), frames);
        second.Listener.Dispose();
        await StopAsync(session.Session);

        var replayed = new AudioCapture();
        await new JournalReplayer(Sys).ReplayAsync(session.Id, new ReplayLength(Seconds: (frames + 256) / (double)SampleRate), replayed);
        Assert.Equal(replayed.Samples.Take(live.Length).Select(BitConverter.SingleToInt32Bits), live.Select(BitConverter.SingleToInt32Bits));
    }

    private SessionDriver Start(string id, SessionSettings settings)
    {
        var sessionId = new SessionId(id);
        return new SessionDriver(Sys.ActorOf(SessionActor.Props(sessionId, settings), sessionId.PersistenceId), sessionId);
    }

    private async Task<SynthesisStats> StatsAsync(SessionDriver session) =>
        await Sys.ActorSelection(session.Session.Path / SynthesisActor.Name).Ask<SynthesisStats>(GetStats.Instance, TimeSpan.FromSeconds(10));

    private async Task<SynthesisStats> AwaitSleepingAsync(SessionDriver session, long after = -1)
    {
        SynthesisStats? stats = null;
        await AwaitConditionAsync(async () => (stats = await StatsAsync(session)) is { Sleeping: true } asleep && asleep.RenderedFrame > after, Patience);
        return stats!;
    }

    // Nothing here waits for a deadline to pass: a sleeping render thread renders no frame however often it is asked.
    private async Task AssertRendersNothingMoreAsync(SessionDriver session, long renderedFrame)
    {
        for (var i = 0; i < 5; i++)
        {
            await Task.Delay(50);
            var stats = await StatsAsync(session);
            Assert.True(stats.Sleeping);
            Assert.Equal(renderedFrame, stats.RenderedFrame);
        }
    }

    private async Task StopAsync(IActorRef actor)
    {
        Watch(actor);
        Sys.Stop(actor);
        await ExpectTerminatedAsync(actor, TimeSpan.FromSeconds(10));
    }
}
