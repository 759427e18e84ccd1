namespace Auralis.Protocol.Osc;

/// <summary>What one UDP datagram or one stream frame carries: an <see cref="OscMessage"/> or an <see cref="OscBundle"/>.</summary>
public abstract record OscPacket
{
    private protected OscPacket()
    {
    }

    /// <summary>
    /// Every message in the packet, in order, each with the time it takes effect (a lone message: immediately): what the node
    /// needs to apply a packet, scheduling the bundled changes ahead.
    /// </summary>
    public abstract IEnumerable<(OscTimeTag Time, OscMessage Message)> Messages();
}
