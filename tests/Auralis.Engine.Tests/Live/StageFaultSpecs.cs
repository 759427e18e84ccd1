using Auralis.Engine.Live;
using Auralis.Engine.Listeners;
using Auralis.Engine.ReadSide;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Sessions.SessionQueries;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Tests.Live;

public sealed class StageFaultSpecs : JournalTestKit
{
    private const int TicksPerBeat = 480;
    private const int SampleRate = 48_000;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    // Faults are counted over an hour here, so a slow machine never spreads them out of the window.
    private static readonly SessionSettings Settings = SessionDriver.FreeRunning with { FaultWindow = TimeSpan.FromHours(1) };

    public StageFaultSpecs()
        : base("stage-fault-specs")
    {
    }

    [Fact]
    public async Task A_voice_that_throws_once_is_reported_and_the_session_restarts_from_its_checkpoint()
    {
        var fault = new StageFault(from: 20 * TicksPerBeat, times: 1);
        var (session, listener) = await PlayingAsync("bass-once", InjectedFaults.InBass(fault));

        var faulted = await FaultAsync(listener);

        Assert.Equal("restarting after a fault", Assert.IsType<SessionClosing>(await listener.Outputs.ReadAsync()).Reason);
        Assert.Equal("voices", faulted.Stage);
        Assert.True(faulted.Restarting);
        Assert.Contains("injected fault", faulted.Message);
        var resumed = await ResumedAsync(Sys, session);
        Assert.InRange(resumed.AtStep, 1, 20);
        // The music goes on past the fault: a new listener hears the bass beyond it, and inputs are taken again.
        var again = await session.SubscribeAsync();
        var notes = await SessionDriver.NotesUntilHeardAsync(again.Listener, ["bass"]);
        await UntilAsync(async () => (await session.ViewAsync()).Tick > 24 * TicksPerBeat);
        Assert.IsType<CommandAccepted>(await session.SendAsync(new ChangeParameters(session.Id, new Dictionary<string, ParameterValue> { ["intensity"] = ParameterValue.Of(0.4) })));
        Assert.Null((await session.ViewAsync()).Failure);
        Assert.True(fault.Strikes >= 2, "the faulty tick was never planned again after the restart");
        Assert.NotEmpty(notes);
    }

    [Fact]
    public async Task After_a_restart_the_live_audio_still_equals_a_replay_from_the_journal_bit_for_bit()
    {
        var fault = new StageFault(from: 20 * TicksPerBeat, times: 1);
        var (session, listener) = await PlayingAsync("bass-replay", InjectedFaults.InBass(fault));
        await FaultAsync(listener);
        await ResumedAsync(Sys, session);

        var again = await session.SubscribeAsync();
        var ringStart = again.RingStartFrame;
        var live = await SessionDriver.CaptureAsync(again.Ring.OpenReader(0), 2 * SampleRate);
        var replayed = new AudioCapture();
        await new JournalReplayer(Sys).ReplayAsync(session.Id, new ReplayLength(Seconds: (ringStart + (3 * SampleRate)) / (double)SampleRate), replayed);

        Assert.True(ringStart > 0);
        Assert.Contains(live, sample => Math.Abs(sample) > 0.01f);
        Assert.Equal(live.Select(BitConverter.SingleToInt32Bits),
            replayed.Samples.Skip((int)(ringStart * 2)).Take(live.Length).Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public async Task A_clock_that_keeps_throwing_leaves_the_session_failed_with_the_reason_and_never_frozen()
    {
        var fault = new StageFault(from: 12);
        var (session, listener) = await PlayingAsync("clock-always", InjectedFaults.InClock(fault));

        var faults = new List<SessionFaulted> { await FaultAsync(listener) };
        var view = await FailedAsync(session);

        Assert.Equal("clock", faults[0].Stage);
        Assert.Contains("clock", view.Failure);
        Assert.Contains("injected fault at 12", view.Failure);
        Assert.Equal(Settings.FaultLimit, fault.Strikes);
        var refused = Assert.IsType<CommandRejected>(await session.SendAsync(new ChangeParameters(session.Id, new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(90) })));
        Assert.Equal(Rejection.Failed, refused.Rejection.Code);
        var events = await new SessionHistory(Sys).EventsAsync(session.Id);
        Assert.Equal(Settings.FaultLimit - 1, events.Count(e => e.Event is SessionResumed));
    }

    [Fact]
    public async Task A_command_that_waits_for_the_step_in_flight_is_answered_after_that_step_faults()
    {
        var gate = new StageGate(12);
        var (session, _) = await PlayingAsync("waiting-command", InjectedFaults.InClock(gate));
        await gate.Reached.Task.WaitAsync(Patience);

        // The clock holds step 12, so the session is composing it: the command waits for the step.
        var answer = session.SendAsync(new ChangeParameters(session.Id, new Dictionary<string, ParameterValue> { ["bpm"] = ParameterValue.Of(97) }));
        await Task.Delay(200);
        Assert.False(answer.IsCompleted, "the command was answered while the step was in flight");
        gate.Strike.SetResult();

        var accepted = Assert.IsType<CommandAccepted>(await answer);
        Assert.Equal(97, (await session.ViewAsync()).State.Bpm);
        Assert.NotEmpty(accepted.Events);
    }

    [Fact]
    public async Task A_ticker_that_keeps_throwing_tells_every_listener_before_the_session_fails()
    {
        var fault = new StageFault(from: 12);
        var (session, listener) = await PlayingAsync("ticker-always", InjectedFaults.InTicker(fault));

        var faulted = await FaultAsync(listener);
        var view = await FailedAsync(session);

        Assert.Equal("ticker", faulted.Stage);
        Assert.Contains("ticker", view.Failure);
        Assert.Equal(Settings.FaultLimit, fault.Strikes);
        var deleted = await session.SendAsync(new DeleteSession(session.Id));
        Assert.IsType<CommandAccepted>(deleted);
    }

    // A session created stopped, listened to, then played: the fault cannot come before the listener is there to hear of it.
    private async Task<(SessionDriver Session, Listener Listener)> PlayingAsync(string id, SessionStages stages)
    {
        var sessionId = new SessionId(id);
        var session = new SessionDriver(Sys.ActorOf(SessionActor.Props(sessionId, Settings, stages), sessionId.PersistenceId), sessionId);
        await session.AcceptedAsync(new CreateSession(sessionId, id, 7, new Dictionary<string, ParameterValue>(), Play: false));
        var subscription = await session.SubscribeAsync();
        await session.AcceptedAsync(new ChangeTransport(sessionId, TransportCommand.Play));
        return (session, subscription.Listener);
    }

    private static async Task<SessionFaulted> FaultAsync(Listener listener)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (true)
        {
            if (await listener.Outputs.ReadAsync(deadline.Token) is SessionFaulted faulted)
            {
                return faulted;
            }
        }
    }

    private static async Task<SessionResumed> ResumedAsync(Akka.Actor.ActorSystem system, SessionDriver session)
    {
        SessionResumed? resumed = null;
        await UntilAsync(async () =>
        {
            var events = await new SessionHistory(system).EventsAsync(session.Id);
            resumed = events.Select(e => e.Event).OfType<SessionResumed>().FirstOrDefault();
            return resumed is not null;
        });
        return resumed!;
    }

    private static async Task<SessionView> FailedAsync(SessionDriver session)
    {
        SessionView? view = null;
        await UntilAsync(async () => (view = await session.ViewAsync()).Failure is not null);
        return view!;
    }

    // Polls, with a minute's patience: how long a busy machine takes is no part of what is tested.
    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The session never got there.");
            }

            await Task.Delay(50);
        }
    }
}
