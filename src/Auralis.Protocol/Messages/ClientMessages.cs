using Auralis.Protocol.Audio;

namespace Auralis.Protocol.Messages;

/// <summary>Every message a client sends to the node; each record's summary gives its wire <c>type</c>.</summary>
public static class ClientMessages
{
    /// <summary><c>hello</c>: the first TCP frame, naming the session, the token (when the node wants one) and the audio format.</summary>
    public sealed record Hello(string Session, string? Token, AudioFormat Audio) : ClientMessage(MessageTypes.Hello);

    /// <summary><c>param</c>: change one parameter (key, mode, bpm, intensity …) to a number or a word.</summary>
    public sealed record Param(string Name, WireValue Value) : ClientMessage(MessageTypes.Param);

    /// <summary><c>params</c>: change several parameters at once; they apply together.</summary>
    public sealed record Params(IReadOnlyDictionary<string, WireValue> Values) : ClientMessage(MessageTypes.Params)
    {
        /// <summary>Equal when both hold the same values, compared as a map, under the same key.</summary>
        public bool Equals(Params? other) => other is not null && Structural.MapEquals(Values, other.Values) && RequestId == other.RequestId;

        /// <inheritdoc />
        public override int GetHashCode() => Values.Count;
    }

    /// <summary>
    /// <c>transport</c>: play, stop, seek (needs <paramref name="Tick"/>), loop (needs <paramref name="StartTick"/> before
    /// <paramref name="EndTick"/>, the end exclusive) or clearLoop.
    /// </summary>
    public sealed record Transport(TransportAction Command, long? Tick = null, long? StartTick = null, long? EndTick = null)
        : ClientMessage(MessageTypes.Transport)
    {
        /// <summary>Start playing.</summary>
        public static Transport Play() => new(TransportAction.Play);

        /// <summary>Stop playing.</summary>
        public static Transport Stop() => new(TransportAction.Stop);

        /// <summary>Move to <paramref name="tick"/>.</summary>
        public static Transport Seek(long tick) => new(TransportAction.Seek, Tick: tick);

        /// <summary>Loop from <paramref name="startTick"/> up to <paramref name="endTick"/> (exclusive).</summary>
        public static Transport Loop(long startTick, long endTick) => new(TransportAction.Loop, StartTick: startTick, EndTick: endTick);

        /// <summary>Stop looping.</summary>
        public static Transport ClearLoop() => new(TransportAction.ClearLoop);
    }

    /// <summary><c>price</c>: an external price observation (greater than 0) for a session whose source is external.</summary>
    public sealed record ExternalPrice(double Price) : ClientMessage(MessageTypes.Price);

    /// <summary><c>subscribe</c>: switch the audio format, or turn audio off with none.</summary>
    public sealed record Subscribe(AudioFormat Audio) : ClientMessage(MessageTypes.Subscribe);

    /// <summary><c>ping</c>: ask for a <c>pong</c>.</summary>
    public sealed record Ping() : ClientMessage(MessageTypes.Ping);
}
