using Akka.Actor;
using Auralis.Audio.Streaming;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Listeners.FeedMessages;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Listeners;

/// <summary>
/// A session's feed to a mirror on another node (<c>feed-{n}</c>): at every tick of the scheduler (20 ms) it sends the
/// audio rendered since, from a ring cursor of its own, and the events its listener queue collected. It ends when the
/// mirror dies or the session closes.
/// </summary>
/// <remarks>
/// A feed is a listener like any other: when it falls a ring behind its cursor skips ahead, and the mirror sees the jump
/// in the frame index; the session never waits for it.
/// </remarks>
public sealed class FeedActor : ReceiveActor, IWithTimers
{
    private const int MaxFramesPerMessage = 4_800;
    private readonly SessionId _id;
    private readonly Listener _listener;
    private readonly AudioRingReader _reader;
    private readonly long _ringStartFrame;
    private readonly IActorRef _mirror;
    private readonly Func<int> _listeners;
    private readonly float[] _buffer = new float[MaxFramesPerMessage * 2];

    /// <summary>Feeds <paramref name="mirror"/> from <paramref name="fromRingFrame"/> of <paramref name="ring"/> and from <paramref name="listener"/>.</summary>
    public FeedActor(SessionId id, Listener listener, AudioRingBuffer ring, long fromRingFrame, long ringStartFrame, IActorRef mirror, Func<int> listeners)
    {
        _id = id;
        _listener = listener;
        _reader = ring.OpenReader(fromRingFrame);
        _ringStartFrame = ringStartFrame;
        _mirror = mirror;
        _listeners = listeners;
        Receive<Pulse>(_ => Send());
        Receive<Terminated>(_ => Context.Stop(Self));
    }

    /// <inheritdoc />
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>The props of a feed.</summary>
    public static Props Props(SessionId id, Listener listener, AudioRingBuffer ring, long fromRingFrame, long ringStartFrame, IActorRef mirror, Func<int> listeners) =>
        Akka.Actor.Props.Create(() => new FeedActor(id, listener, ring, fromRingFrame, ringStartFrame, mirror, listeners));

    /// <inheritdoc />
    protected override void PreStart()
    {
        Context.Watch(_mirror);
        Timers.StartPeriodicTimer(Pulse.Instance, Pulse.Instance, TimeSpan.FromMilliseconds(10));
    }

    /// <inheritdoc />
    protected override void PostStop() => _listener.Dispose();

    private void Send()
    {
        while (_reader.Available > 0)
        {
            var frames = _reader.Read(_buffer, out var ringFrame);
            if (frames == 0)
            {
                break;
            }

            _mirror.Tell(new FeedAudio(_id, ringFrame + _ringStartFrame, _buffer.AsSpan(0, frames * 2).ToArray()));
        }

        var outputs = new List<ISessionOutput>();
        var closing = false;
        while (_listener.Outputs.TryRead(out var output))
        {
            outputs.Add(output);
            closing |= output is SessionClosing;
        }

        if (outputs.Count > 0)
        {
            _mirror.Tell(new FeedOutputs(_id, outputs, _listeners()));
        }

        if (closing || _listener.Outputs.Completion.IsCompleted)
        {
            Context.Stop(Self);
        }
    }

    private sealed class Pulse : INoSerializationVerificationNeeded
    {
        public static readonly Pulse Instance = new();
    }
}
