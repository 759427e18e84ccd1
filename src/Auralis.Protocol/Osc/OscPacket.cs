namespace Auralis.Protocol.Osc;

/// <summary>What one UDP datagram or one stream frame carries: an <see cref="OscMessage"/> or an <see cref="OscBundle"/>.</summary>
public abstract record OscPacket
{
    private protected OscPacket()
    {
    }
}
