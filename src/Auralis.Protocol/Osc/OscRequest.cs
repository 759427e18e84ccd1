namespace Auralis.Protocol.Osc;

/// <summary>What an incoming OSC message asks of the node, once <see cref="OscRequests.TryParse"/> has read its address and arguments.</summary>
public abstract record OscRequest
{
    private protected OscRequest()
    {
    }
}
