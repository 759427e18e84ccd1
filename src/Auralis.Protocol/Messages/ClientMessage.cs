namespace Auralis.Protocol.Messages;

/// <summary>A message a client sends to the node; <see cref="ClientMessages"/> holds every kind.</summary>
public abstract record ClientMessage
{
    private protected ClientMessage(string type) => Type = type;

    /// <summary>The wire word of the <c>type</c> discriminator.</summary>
    public string Type { get; }
}
