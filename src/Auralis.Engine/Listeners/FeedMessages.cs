using Akka.Actor;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Engine.Listeners;

/// <summary>
/// How a connection on one node listens to a session living on another: a mirror on the connection's node opens a feed,
/// and the session's feed streams audio and events to it.
/// </summary>
public static class FeedMessages
{
    /// <summary>
    /// A mirror asks for the session's music. On the session's own node the answer is a local
    /// <see cref="ListenerMessages.Subscribed"/>; from another node it is <see cref="FeedOpened"/>, then the stream.
    /// </summary>
    public sealed record OpenFeed(SessionId SessionId, IActorRef Mirror) : IWithSessionId, IClusterMessage;

    /// <summary>The feed is open: the session as it is, and the session-timeline frame of the first audio it will send.</summary>
    public sealed record FeedOpened(SessionId SessionId, SessionView View, long StartFrame, IActorRef Feed) : IWithSessionId, IClusterMessage;

    /// <summary>Contiguous audio, interleaved stereo float32, starting at <paramref name="FirstFrame"/> of the session's timeline.</summary>
    public sealed record FeedAudio(SessionId SessionId, long FirstFrame, float[] Samples) : IWithSessionId, IClusterMessage;

    /// <summary>What the session published since the last batch, in order.</summary>
    public sealed record FeedOutputs(SessionId SessionId, IReadOnlyList<ISessionOutput> Outputs, int Listeners) : IWithSessionId, IClusterMessage;
}
