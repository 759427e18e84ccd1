namespace Auralis.Protocol.Messages;

/// <summary>A message the node sends to a client; <see cref="ServerMessages"/> holds every kind.</summary>
public abstract record ServerMessage
{
    private protected ServerMessage(string type) => Type = type;

    /// <summary>The wire word of the <c>type</c> discriminator.</summary>
    public string Type { get; }
}
