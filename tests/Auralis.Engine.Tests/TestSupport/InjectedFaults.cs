using Akka.Actor;
using Auralis.Engine.Clock;
using Auralis.Engine.Live;
using Auralis.Engine.Ticker;
using Auralis.Engine.Voices;
using Auralis.Music.Theory;
using static Auralis.Engine.Steps.StepMessages;

namespace Auralis.Engine.Tests.TestSupport;

/// <summary>
/// A fault that strikes the first time live music reaches a position (a step or a tick) at or past <paramref name="from"/>,
/// and strikes again at that same position, up to <paramref name="times"/> times in all.
/// </summary>
internal sealed class StageFault(long from, int times = int.MaxValue)
{
    private long _struckAt = -1;
    private int _strikes;

    /// <summary>How many times the fault has struck.</summary>
    public int Strikes => Volatile.Read(ref _strikes);

    /// <summary>Throws if the music at <paramref name="position"/> is where the fault strikes and it has strikes left.</summary>
    public void At(long position)
    {
        if (position < from)
        {
            return;
        }

        Interlocked.CompareExchange(ref _struckAt, position, -1);
        if (Interlocked.Read(ref _struckAt) == position && Interlocked.Increment(ref _strikes) <= times)
        {
            throw new InvalidOperationException($"injected fault at {position}");
        }
    }
}

/// <summary>The session's stage actors with a fault injected into one of them.</summary>
internal static class InjectedFaults
{
    /// <summary>A clock that throws when it is asked to announce the faulty step.</summary>
    public static SessionStages InClock(StageFault fault) => SessionStages.Default with
    {
        Clock = (stage, voices, session) => Props.Create(() => new FaultyStage(HarmonicClockActor.Props(stage, voices, session), fault)),
    };

    /// <summary>A clock that holds the step <paramref name="gate"/> names, and throws once the test strikes.</summary>
    public static SessionStages InClock(StageGate gate) => SessionStages.Default with
    {
        Clock = (stage, voices, session) => Props.Create(() => new GatedStage(HarmonicClockActor.Props(stage, voices, session), gate)),
    };

    /// <summary>A ticker that throws when it is asked to price the faulty step.</summary>
    public static SessionStages InTicker(StageFault fault) => SessionStages.Default with
    {
        Ticker = (stage, clock, voices, session) => Props.Create(() => new FaultyStage(PriceTickerActor.Props(stage, clock, voices, session), fault)),
    };

    /// <summary>A bass voice that throws when it plans the faulty tick (the real <see cref="VoicesActor"/> runs it).</summary>
    public static SessionStages InBass(StageFault fault) => SessionStages.Default with
    {
        Voices = (voices, session) => VoicesActor.Props([.. voices.Select(v => v.Name == "bass" ? new FaultyVoice(v, fault) : v)], session),
    };

    // Stands in front of a real stage actor: checks the fault against each step it is handed, then forwards it.
    private sealed class FaultyStage : ReceiveActor
    {
        public FaultyStage(Props real, StageFault fault)
        {
            var stage = Context.ActorOf(real, "real");
            ReceiveAny(message =>
            {
                switch (message)
                {
                    case AnnounceStep announce:
                        fault.At(announce.Step);
                        break;
                    case PriceStep price:
                        fault.At(price.Step);
                        break;
                }

                stage.Forward(message);
            });
        }
    }

    // Holds the gate's step (so the session waits on it, composing), tells the test, and throws when the test strikes.
    private sealed class GatedStage : ReceiveActor
    {
        public GatedStage(Props real, StageGate gate)
        {
            var stage = Context.ActorOf(real, "real");
            Receive<AnnounceStep>(announce => announce.Step == gate.Step, announce =>
            {
                gate.Reached.TrySetResult();
                gate.Strike.Task.PipeTo(Self, success: () => announce.Step);
            });
            Receive<long>(step => throw new InvalidOperationException($"injected fault at {step}"));
            ReceiveAny(message => stage.Forward(message));
        }
    }

    private sealed class FaultyVoice(IVoice voice, StageFault fault) : IVoice
    {
        public string Name => voice.Name;

        public IEnumerable<Note> Plan(StepContext context)
        {
            fault.At(context.Tick);
            return voice.Plan(context);
        }

        public void Break() => voice.Break();

        public VoiceCheckpoint Capture() => voice.Capture();

        public void Restore(VoiceCheckpoint checkpoint) => voice.Restore(checkpoint);
    }
}

/// <summary>A step a stage holds until the test strikes: the session is then composing it, and waits.</summary>
internal sealed class StageGate(long step)
{
    public long Step { get; } = step;

    /// <summary>Done when the stage holds the step.</summary>
    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set by the test to make the stage throw.</summary>
    public TaskCompletionSource Strike { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
