using Akka.Actor;
using Auralis.Audio.Streaming;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionQueries;
using static Auralis.Engine.Listeners.FeedMessages;
using static Auralis.Engine.Listeners.ListenerMessages;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Listeners;

/// <summary>
/// A connection's view of a session wherever the session lives: it opens a feed through the shard region and answers
/// with a <see cref="Subscribed"/> whose ring and listener are local. On the session's own node the session answers
/// with its own ring directly; from another node the mirror fills a ring of its own from the feed.
/// </summary>
/// <remarks>
/// Frames keep their session-timeline numbers: a gap in the feed (it fell behind) is written as silence, so frame
/// indexes stay aligned and the client sees contiguous audio. The mirror stops once its listener has gone, and the
/// feed stops with it (it watches the mirror).
/// </remarks>
public sealed class SessionMirror : ReceiveActor, IWithTimers
{
    private readonly SessionId _id;
    private readonly IActorRef _region;
    private readonly int _ringFrames;
    private IActorRef _asker = ActorRefs.Nobody;
    private AudioRingBuffer? _ring;
    private ListenerHub? _hub;
    private long _startFrame;
    private int _remoteListeners;

    /// <summary>A mirror of session <paramref name="id"/>, reached through <paramref name="region"/>.</summary>
    public SessionMirror(SessionId id, IActorRef region, int ringFrames)
    {
        _id = id;
        _region = region;
        _ringFrames = ringFrames;
        Receive<Open>(_ =>
        {
            _asker = Sender;
            _region.Tell(new OpenFeed(_id, Self));
            Timers.StartSingleTimer(GiveUp.Instance, GiveUp.Instance, TimeSpan.FromSeconds(15));
        });
        Receive<Subscribed>(local =>
        {
            _asker.Tell(local);
            Context.Stop(Self);
        });
        Receive<CommandRejected>(rejected =>
        {
            _asker.Tell(rejected);
            Context.Stop(Self);
        });
        Receive<FeedOpened>(OnOpened);
        Receive<FeedAudio>(OnAudio);
        Receive<FeedOutputs>(OnOutputs);
        Receive<Terminated>(_ => Close("the session's node went away", resumes: true));
        Receive<GiveUp>(_ =>
        {
            if (_hub is null || _hub.Count == 0)
            {
                Close("nobody listens");
            }
        });
    }

    /// <inheritdoc />
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>The props of a mirror.</summary>
    public static Props Props(SessionId id, IActorRef region, int ringFrames = 1 << 17) => Akka.Actor.Props.Create(() => new SessionMirror(id, region, ringFrames));

    private void OnOpened(FeedOpened opened)
    {
        Timers.Cancel(GiveUp.Instance);
        Context.Watch(opened.Feed);
        _ring = new AudioRingBuffer(_ringFrames);
        _hub = new ListenerHub();
        _startFrame = opened.StartFrame;
        _remoteListeners = opened.View.Listeners;
        var listener = _hub.Subscribe(4096);
        var hub = _hub;
        // The feed brings audio as the remote session renders it, its render-ahead depth before it is due: a listener here
        // is given that depth as its buffer, as it would be on the session's own node.
        _asker.Tell(new Subscribed(_id, listener, _ring, _startFrame, opened.View, () => Math.Max(hub.Count, Volatile.Read(ref _remoteListeners)))
        {
            DepthFrames = SessionSettings.Default.RenderAheadFrames,
        });
        Timers.StartPeriodicTimer(GiveUp.Instance, GiveUp.Instance, TimeSpan.FromSeconds(1));
    }

    private void OnAudio(FeedAudio audio)
    {
        if (_ring is null)
        {
            return;
        }

        var expected = _startFrame + _ring.WrittenFrames;
        var samples = audio.Samples.AsSpan();
        if (audio.FirstFrame > expected)
        {
            var silence = new float[Math.Min((audio.FirstFrame - expected) * 2, _ringFrames * 2L)];
            _ring.Write(silence);
        }
        else if (audio.FirstFrame < expected)
        {
            var overlap = (int)Math.Min(samples.Length, (expected - audio.FirstFrame) * 2);
            samples = samples[overlap..];
        }

        if (samples.Length > 0)
        {
            _ring.Write(samples);
        }
    }

    private void OnOutputs(FeedOutputs outputs)
    {
        Volatile.Write(ref _remoteListeners, outputs.Listeners);
        foreach (var output in outputs.Outputs)
        {
            _hub?.Publish(output);
        }

        if (outputs.Outputs.Any(o => o is SessionClosing))
        {
            _hub?.CloseAll();
            Context.Stop(Self);
        }
    }

    private void Close(string reason, bool resumes = false)
    {
        _hub?.Publish(new SessionClosing(_id, reason, resumes));
        _hub?.CloseAll();
        Context.Stop(Self);
    }

    /// <summary>Asks the mirror to open its feed; the answer is a <see cref="Subscribed"/> or a <see cref="CommandRejected"/>.</summary>
    public sealed class Open : INoSerializationVerificationNeeded
    {
        /// <summary>The one instance.</summary>
        public static readonly Open Instance = new();

        private Open()
        {
        }
    }

    private sealed class GiveUp : INoSerializationVerificationNeeded
    {
        public static readonly GiveUp Instance = new();
    }
}
