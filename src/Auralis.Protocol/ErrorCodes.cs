namespace Auralis.Protocol;

/// <summary>The stable codes of <see cref="ProtocolError"/>: clients match on them, so a code never changes its meaning.</summary>
/// <remarks>
/// An error is sent to the client as an <c>error</c> message. Errors in a single message (malformed JSON, an unknown type,
/// a missing field, a bad value) leave the connection usable; errors in the framing (<see cref="TooLarge"/>,
/// <see cref="BadFrame"/> from a TCP frame reader) mean the byte stream can no longer be trusted, and the connection closes.
/// </remarks>
public static class ErrorCodes
{
    /// <summary>The bytes are not valid UTF-8 JSON, hold more than one value, repeat a property, nest too deep, or are not a JSON object.</summary>
    public const string MalformedJson = "malformed-json";

    /// <summary>The message's <c>type</c> names no message this side accepts (a server type sent by a client counts as unknown).</summary>
    public const string UnknownType = "unknown-type";

    /// <summary>A required field is absent or null (including the <c>type</c> discriminator itself).</summary>
    public const string MissingField = "missing-field";

    /// <summary>A field has the wrong JSON type, a number out of range, a word outside its set, or a value that is not finite.</summary>
    public const string BadValue = "bad-value";

    /// <summary>A frame or message is longer than the configured limit; the connection closes (WebSocket close code 1009).</summary>
    public const string TooLarge = "too-large";

    /// <summary>A TCP frame has a zero length or an unknown kind, the stream ended inside a frame, or an audio chunk is not a whole number of frames.</summary>
    public const string BadFrame = "bad-frame";

    /// <summary>No valid token was given where one is required.</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>The token is valid but its role may not do this (a listener steering a session, for instance).</summary>
    public const string Forbidden = "forbidden";

    /// <summary>The session named in the connection or message does not exist (or has been deleted).</summary>
    public const string UnknownSession = "unknown-session";

    /// <summary>The session already has as many listeners as its configured limit allows.</summary>
    public const string SessionFull = "session-full";

    /// <summary>The client sends messages faster than the configured rate; the message was dropped.</summary>
    public const string RateLimited = "rate-limited";

    /// <summary>A valid message arrived when it makes no sense, such as a TCP connection whose first frame is not <c>hello</c>, or a second <c>hello</c>.</summary>
    public const string UnexpectedMessage = "unexpected-message";

    /// <summary>The node is shutting down and takes no more input; reconnect (possibly to another node).</summary>
    public const string ServerClosing = "server-closing";

    /// <summary>A stage of the session's music threw: the music restarts from the session's last checkpoint, or the session has failed.</summary>
    public const string SessionFaulted = "session-faulted";

    /// <summary>The node failed while handling a valid message; nothing the client sent was wrong.</summary>
    public const string Internal = "internal";

    /// <summary>
    /// The session did not answer in time (it may be moving to another node): the message may or may not have been
    /// applied; resend it with the same <c>requestId</c> to have it applied once.
    /// </summary>
    public const string Unavailable = "unavailable";
}
