
namespace Auralis.Engine.Sessions;

/// <summary>Questions a session answers, and its answers to commands.</summary>
public static class SessionQueries
{
    /// <summary>Asks for the session's state; the answer is a <see cref="SessionView"/>.</summary>
    public sealed record GetSession(SessionId SessionId) : IWithSessionId, IClusterMessage;

    /// <summary>The session's state with where its music is now.</summary>
    /// <param name="State">The state as its inputs have set it.</param>
    /// <param name="Step">The next step the session will compose (its generation horizon).</param>
    /// <param name="Tick">The musical tick at that step.</param>
    /// <param name="Listeners">How many listeners are subscribed.</param>
    /// <param name="Node">The address of the node the session lives on (its home in the cluster).</param>
    /// <param name="Failure">Why the session failed and plays no more, or null while it can play.</param>
    public sealed record SessionView(SessionId SessionId, SessionState State, long Step, long Tick, int Listeners, string Node = "", string? Failure = null)
        : IWithSessionId, IClusterMessage;

    /// <summary>Asks for the last <paramref name="Seconds"/> of what the session composed; the answer is a <see cref="RecentView"/>.</summary>
    public sealed record GetRecent(SessionId SessionId, double Seconds) : IWithSessionId, IClusterMessage;

    /// <summary>What the session composed lately — notes, chords, prices, trades — oldest first.</summary>
    public sealed record RecentView(SessionId SessionId, IReadOnlyList<Listeners.ISessionOutput> Outputs) : IWithSessionId, IClusterMessage;

    /// <summary>A command was accepted: its events, and the tick at which it takes effect (null when it is not timed).</summary>
    public sealed record CommandAccepted(SessionId SessionId, IReadOnlyList<ISessionEvent> Events, long? AtTick) : IWithSessionId, IClusterMessage;

    /// <summary>A command was refused and nothing was persisted.</summary>
    public sealed record CommandRejected(SessionId SessionId, Rejection Rejection) : IWithSessionId, IClusterMessage;
}
