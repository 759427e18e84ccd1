using Auralis.Protocol.Audio;

namespace Auralis.Protocol.Messages;

/// <summary>Every message the node sends to a client; each record's summary gives its wire <c>type</c>.</summary>
/// <remarks>Ticks are 480 per quarter note from the start of the session's timeline; frames count 48 kHz audio frames from the session's first play.</remarks>
public static class ServerMessages
{
    /// <summary><c>welcome</c>: the first message of a connection, the stream's format and the session's state.</summary>
    /// <param name="Session">The session id.</param>
    /// <param name="SampleRate">Frames per second of the audio (48 000).</param>
    /// <param name="Channels">Interleaved channels of the audio (2).</param>
    /// <param name="Format">The audio format the client will get, or none.</param>
    /// <param name="Frame">The index of the first audio frame the client will receive.</param>
    /// <param name="State">The session's full state.</param>
    public sealed record Welcome(string Session, int SampleRate, int Channels, AudioFormat Format, long Frame, SessionInfo State)
        : ServerMessage(MessageTypes.Welcome);

    /// <summary><c>session</c>: the session's full state (the seeds' SessionUpdate), its fields written at the top level of the message.</summary>
    public sealed record Session(SessionInfo State) : ServerMessage(MessageTypes.Session);

    /// <summary><c>note</c>: one note a voice plays (the seeds' MIDIEvent).</summary>
    /// <param name="Tick">The tick the note starts at.</param>
    /// <param name="Frame">The audio frame the note starts at.</param>
    /// <param name="Voice">The voice that plays it: soprano, alto, bass, perc.</param>
    /// <param name="Pitch">The MIDI note number, 0–127.</param>
    /// <param name="Velocity">The MIDI velocity, 0–127.</param>
    /// <param name="DurationTicks">How long it sounds, at least 1 tick.</param>
    public sealed record Note(long Tick, long Frame, string Voice, int Pitch, int Velocity, long DurationTicks) : ServerMessage(MessageTypes.Note);

    /// <summary><c>chord</c>: the harmonic clock moved to a chord.</summary>
    /// <param name="Tick">The tick the chord starts at.</param>
    /// <param name="Symbol">The chord symbol, such as "Dm7".</param>
    /// <param name="Degree">The roman-numeral degree in the key, such as "ii7".</param>
    /// <param name="Root">The root's pitch class, 0 (C) to 11 (B).</param>
    /// <param name="PitchClasses">The chord's pitch classes (0–11), root first.</param>
    public sealed record Chord(long Tick, string Symbol, string Degree, int Root, IReadOnlyList<int> PitchClasses) : ServerMessage(MessageTypes.Chord)
    {
        /// <summary>Equal when every field is, the pitch classes compared in order.</summary>
        public bool Equals(Chord? other) => other is not null && Tick == other.Tick && Symbol == other.Symbol && Degree == other.Degree
            && Root == other.Root && Structural.ListEquals(PitchClasses, other.PitchClasses);

        /// <inheritdoc />
        public override int GetHashCode() => HashCode.Combine(Tick, Symbol, Degree, Root, PitchClasses.Count);
    }

    /// <summary><c>price</c>: the price move that drives a step, and the market's regime.</summary>
    /// <param name="Tick">The tick of the step the price belongs to.</param>
    /// <param name="Price">The price, greater than 0.</param>
    /// <param name="ChangePct">The change from the previous price, in percent.</param>
    /// <param name="Regime">The regime: bull, bear, sideways or volatile.</param>
    public sealed record PriceMove(long Tick, double Price, double ChangePct, string Regime) : ServerMessage(MessageTypes.Price);

    /// <summary><c>trade</c>: a simulated trading bot bought or sold.</summary>
    /// <param name="Tick">The tick of the trade.</param>
    /// <param name="Bot">The bot's name.</param>
    /// <param name="Side">Buy or sell.</param>
    /// <param name="Price">The price traded at, greater than 0.</param>
    public sealed record Trade(long Tick, string Bot, TradeSide Side, double Price) : ServerMessage(MessageTypes.Trade);

    /// <summary><c>transport</c>: the transport changed.</summary>
    /// <param name="State">Playing or stopped.</param>
    /// <param name="Bar">The bar of the new position, from 0.</param>
    /// <param name="Beat">The beat in the bar, from 0.</param>
    /// <param name="Tick">The absolute tick of the new position.</param>
    /// <param name="AtTick">The tick at which the change takes effect.</param>
    /// <param name="LoopStartTick">The loop's first tick, when a loop is set.</param>
    /// <param name="LoopEndTick">The loop's end tick (exclusive), when a loop is set.</param>
    public sealed record Transport(PlaybackState State, long Bar, int Beat, long Tick, long AtTick, long? LoopStartTick = null, long? LoopEndTick = null)
        : ServerMessage(MessageTypes.Transport);

    /// <summary><c>param</c>: a parameter changed (by any client), and the tick from which it applies.</summary>
    public sealed record Param(string Name, WireValue Value, long AtTick) : ServerMessage(MessageTypes.Param);

    /// <summary><c>stats</c>: this listener's stream health.</summary>
    /// <param name="RingDepth">Frames rendered ahead of this listener in the ring buffer.</param>
    /// <param name="Underruns">How often the renderer fell behind real time.</param>
    /// <param name="DroppedFrames">Frames this listener lost by falling behind.</param>
    /// <param name="Listeners">Clients listening to the session now.</param>
    /// <param name="Sleeping">True while the session renders nothing: its music stopped (after the tail), so no audio comes.</param>
    public sealed record Stats(int RingDepth, long Underruns, long DroppedFrames, int Listeners, bool Sleeping) : ServerMessage(MessageTypes.Stats);

    /// <summary>
    /// <c>error</c>: input was refused; <paramref name="Code"/> is one of <see cref="ErrorCodes"/>, and
    /// <paramref name="RequestId"/> the refused message's own key when it had one.
    /// </summary>
    public sealed record Error(string Code, string Message, string? RequestId = null) : ServerMessage(MessageTypes.Error);

    /// <summary>
    /// <c>accepted</c>: the steering message sent with <paramref name="RequestId"/> is journaled and applies from
    /// <paramref name="AtTick"/> (null for a change that changed nothing); a resend with the same key gets the same answer.
    /// </summary>
    public sealed record Accepted(string RequestId, long? AtTick) : ServerMessage(MessageTypes.Accepted);

    /// <summary>
    /// <c>moved</c>: the session's music moved — to another node (its node left or failed), or restarted from its
    /// checkpoint after a fault — and the connection, kept open, follows it: audio resumes at <paramref name="Frame"/> of
    /// the session's timeline, which need not follow the last frame sent (a session restored from its checkpoint plays
    /// from there), so a client starts its buffer afresh, as after <c>welcome</c>.
    /// </summary>
    /// <param name="Session">The session id.</param>
    /// <param name="Frame">The index of the first audio frame from the session's new home.</param>
    /// <param name="State">The session's full state there.</param>
    public sealed record Moved(string Session, long Frame, SessionInfo State) : ServerMessage(MessageTypes.Moved);

    /// <summary><c>pong</c>: the answer to <c>ping</c>.</summary>
    public sealed record Pong() : ServerMessage(MessageTypes.Pong);

    /// <summary><c>closing</c>: the node closes the connection cleanly right after this (shutdown, session deleted …).</summary>
    public sealed record Closing(string Reason) : ServerMessage(MessageTypes.Closing);
}
