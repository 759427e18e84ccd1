namespace Auralis.Protocol.Messages;

/// <summary>The wire words of the <c>type</c> discriminator; <c>param</c>, <c>transport</c> and <c>price</c> exist in both directions.</summary>
public static class MessageTypes
{
    /// <summary>Server: the first message of a connection.</summary>
    public const string Welcome = "welcome";
    /// <summary>Server: the session's full state.</summary>
    public const string Session = "session";
    /// <summary>Server: one note a voice plays.</summary>
    public const string Note = "note";
    /// <summary>Server: the chord of the harmonic clock.</summary>
    public const string Chord = "chord";
    /// <summary>Server: a price move and its regime; client: an external price.</summary>
    public const string Price = "price";
    /// <summary>Server: a simulated bot's trade.</summary>
    public const string Trade = "trade";
    /// <summary>Server: the transport changed; client: a transport command.</summary>
    public const string Transport = "transport";
    /// <summary>Server: a parameter changed; client: change one parameter.</summary>
    public const string Param = "param";
    /// <summary>Client: change several parameters at once.</summary>
    public const string Params = "params";
    /// <summary>Server: the listener's stream statistics.</summary>
    public const string Stats = "stats";
    /// <summary>Server: input was refused.</summary>
    public const string Error = "error";
    /// <summary>Server: a steering message sent with a <c>requestId</c> was accepted.</summary>
    public const string Accepted = "accepted";
    /// <summary>Server: the session's music moved (another node, or a restart after a fault) and the stream follows it.</summary>
    public const string Moved = "moved";
    /// <summary>Server: the answer to <c>ping</c>.</summary>
    public const string Pong = "pong";
    /// <summary>Server: the node is about to close the connection cleanly.</summary>
    public const string Closing = "closing";
    /// <summary>Client: the first TCP frame, naming the session, token and audio format.</summary>
    public const string Hello = "hello";
    /// <summary>Client: change the audio format (or turn audio off).</summary>
    public const string Subscribe = "subscribe";
    /// <summary>Client: ask for a <c>pong</c>.</summary>
    public const string Ping = "ping";
}
