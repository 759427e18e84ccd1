namespace Auralis.Protocol.Messages;

/// <summary>A message a client sends to the node; <see cref="ClientMessages"/> holds every kind.</summary>
public abstract record ClientMessage
{
    private protected ClientMessage(string type) => Type = type;

    /// <summary>The wire word of the <c>type</c> discriminator.</summary>
    public string Type { get; }

    /// <summary>
    /// <c>requestId</c>, the client's idempotency key for a steering message (param, params, transport, price): a message
    /// resent with the same key is applied at most once, and answered with <c>accepted</c> carrying the key.
    /// </summary>
    public string? RequestId { get; init; }
}
