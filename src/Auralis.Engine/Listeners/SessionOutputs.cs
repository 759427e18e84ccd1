using Auralis.Engine.Sessions;


namespace Auralis.Engine.Listeners;

/// <summary>What a session tells its listeners as the music happens; the node turns each into a wire message.</summary>
public static class SessionOutputs
{
    /// <summary>A voice played a note, sounding at <paramref name="Frame"/> of the performance timeline.</summary>
    public sealed record NotePlayed(SessionId SessionId, long Tick, long Frame, string Voice, int Pitch, int Velocity, int DurationTicks) : ISessionOutput;

    /// <summary>The harmony moved to a new chord at <paramref name="Tick"/>.</summary>
    public sealed record ChordChanged(SessionId SessionId, long Tick, string Symbol, string Degree, int Root, IReadOnlyList<int> PitchClasses)
        : ISessionOutput;

    /// <summary>The price for the step at <paramref name="Tick"/>, its change in percent and the regime it reads as.</summary>
    public sealed record PriceMoved(SessionId SessionId, long Tick, double Price, double ChangePct, string Regime) : ISessionOutput;

    /// <summary>A trading bot bought or sold at <paramref name="Tick"/> (an accent for the music).</summary>
    public sealed record TradeMade(SessionId SessionId, long Tick, string Bot, string Side, double Price) : ISessionOutput;

    /// <summary>The transport at a step: playing or stopped, bar and beat, the tick, and the tick a change applied at.</summary>
    public sealed record TransportMoved(SessionId SessionId, string State, long Bar, int Beat, long Tick, long AtTick) : ISessionOutput;

    /// <summary>A parameter change was accepted and will sound from <paramref name="AtTick"/>.</summary>
    public sealed record ParameterScheduled(SessionId SessionId, string Name, ParameterValue Value, long AtTick) : ISessionOutput;

    /// <summary>The session's state changed (created, renamed, parameters, transport).</summary>
    public sealed record SessionChanged(SessionId SessionId, SessionState State, int Listeners) : ISessionOutput;

    /// <summary>
    /// A stage of the session (<paramref name="Stage"/>: clock, ticker, voices, synth …) threw; the music stopped, and
    /// either restarts from the session's last checkpoint (<paramref name="Restarting"/>) or the session has failed.
    /// </summary>
    public sealed record SessionFaulted(SessionId SessionId, string Stage, string Message, bool Restarting) : ISessionOutput;

    /// <summary>
    /// The session's music is going away here: deleted or failed (listeners should close), or, when
    /// <paramref name="Resumes"/>, it carries on — on another node (its node leaves or failed) or restarted from its
    /// checkpoint after a fault — so a listener's node subscribes again and follows it.
    /// </summary>
    public sealed record SessionClosing(SessionId SessionId, string Reason, bool Resumes = false) : ISessionOutput;
}

/// <summary>Something a session publishes to its listeners.</summary>
public interface ISessionOutput : IWithSessionId, IClusterMessage;
