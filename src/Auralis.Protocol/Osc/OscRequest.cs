namespace Auralis.Protocol.Osc;

/// <summary>What an incoming OSC message asks of the node, once <see cref="OscRequests.TryParse"/> has read its address and arguments.</summary>
public abstract record OscRequest
{
    private protected OscRequest()
    {
    }

    /// <summary>
    /// The sender's idempotency key: a string argument after the method's own (<c>…/param/bpm ,fs 120 "k-1"</c>,
    /// <c>…/transport/stop ,s "k-2"</c>); a message resent with the same key is applied at most once.
    /// </summary>
    public string? RequestId { get; init; }
}
