using Akka.Actor;
using Auralis.Audio.Streaming;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Engine.Listeners;

/// <summary>How a connection on the session's node subscribes to the session's music.</summary>
public static class ListenerMessages
{
    /// <summary>Subscribe to the session; the answer is <see cref="Subscribed"/>, or a <see cref="CommandRejected"/> when there is no such session.</summary>
    public sealed record Subscribe(SessionId SessionId) : IWithSessionId, INoSerializationVerificationNeeded;

    /// <summary>
    /// A subscription: the listener's queue of events, and the audio ring with the session-timeline frame of the ring's
    /// frame 0 (a listener reads audio with a cursor of its own). Local objects: the subscriber runs on the session's node.
    /// </summary>
    /// <param name="SessionId">The session.</param>
    /// <param name="Listener">The subscriber's own queue of events; dispose it to unsubscribe.</param>
    /// <param name="Ring">The session's audio ring.</param>
    /// <param name="RingStartFrame">The session-timeline frame of the ring's frame 0.</param>
    /// <param name="View">The session as it was when the subscription began.</param>
    /// <param name="ListenerCount">How many listeners the session has now (read whenever asked).</param>
    /// <param name="Sleeping">
    /// Whether the session's render thread sleeps now (read whenever asked); null where it cannot be known (a mirror of a
    /// session on another node).
    /// </param>
    public sealed record Subscribed(SessionId SessionId, Listener Listener, AudioRingBuffer Ring, long RingStartFrame, SessionView View,
        Func<int> ListenerCount, Func<bool>? Sleeping = null) : IWithSessionId, INoSerializationVerificationNeeded
    {
        /// <summary>
        /// How far behind the newest frame a new listener starts reading: the render-ahead depth, audio that is rendered but
        /// not yet due, which becomes the listener's buffer (0: at the newest frame).
        /// </summary>
        public long DepthFrames { get; init; }
    }
}
