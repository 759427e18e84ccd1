using System.Buffers.Binary;

namespace Auralis.Protocol.Osc;

/// <summary>OSC 1.0's stream framing: each packet after its size as a big-endian int32.</summary>
public static class OscLengthPrefix
{
    /// <summary>The bytes of the size in front of each packet.</summary>
    public const int PrefixLength = 4;

    /// <summary>The bytes a packet of <paramref name="packetLength"/> bytes takes on the stream.</summary>
    public static int FramedLength(int packetLength) => checked(PrefixLength + packetLength);

    /// <summary>Writes the size and the packet into <paramref name="destination"/> and answers the bytes written.</summary>
    public static int Encode(ReadOnlySpan<byte> packet, Span<byte> destination)
    {
        var total = FramedLength(packet.Length);
        if (destination.Length < total)
        {
            throw new ArgumentException($"The framed packet needs {total} bytes; the destination has {destination.Length}.", nameof(destination));
        }

        BinaryPrimitives.WriteInt32BigEndian(destination, packet.Length);
        packet.CopyTo(destination[PrefixLength..]);
        return total;
    }

    /// <summary>The framed packet as a new array.</summary>
    public static byte[] ToArray(ReadOnlySpan<byte> packet)
    {
        var framed = new byte[FramedLength(packet.Length)];
        Encode(packet, framed);
        return framed;
    }
}
