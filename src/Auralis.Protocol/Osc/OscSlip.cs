namespace Auralis.Protocol.Osc;

/// <summary>
/// OSC 1.1's stream framing, SLIP (RFC 1055) with an END byte on both sides of every packet: the leading END flushes any line
/// noise before the packet, and the decoder skips the empty packet between two ENDs.
/// </summary>
public static class OscSlip
{
    /// <summary>Ends (and, here, also starts) a packet.</summary>
    public const byte End = 0xC0;

    /// <summary>Starts a two-byte escape.</summary>
    public const byte Esc = 0xDB;

    /// <summary>After <see cref="Esc"/>: a data byte equal to <see cref="End"/>.</summary>
    public const byte EscEnd = 0xDC;

    /// <summary>After <see cref="Esc"/>: a data byte equal to <see cref="Esc"/>.</summary>
    public const byte EscEsc = 0xDD;

    /// <summary>The bytes <paramref name="packet"/> takes once escaped and wrapped in two ENDs.</summary>
    public static int EncodedLength(ReadOnlySpan<byte> packet) => checked(packet.Length + packet.Count(End) + packet.Count(Esc) + 2);

    /// <summary>Writes the framed packet into <paramref name="destination"/> and answers the bytes written.</summary>
    public static int Encode(ReadOnlySpan<byte> packet, Span<byte> destination)
    {
        var total = EncodedLength(packet);
        if (destination.Length < total)
        {
            throw new ArgumentException($"The framed packet needs {total} bytes; the destination has {destination.Length}.", nameof(destination));
        }

        var at = 0;
        destination[at++] = End;
        foreach (var b in packet)
        {
            switch (b)
            {
                case End:
                    destination[at++] = Esc;
                    destination[at++] = EscEnd;
                    break;
                case Esc:
                    destination[at++] = Esc;
                    destination[at++] = EscEsc;
                    break;
                default:
                    destination[at++] = b;
                    break;
            }
        }

        destination[at++] = End;
        return at;
    }

    /// <summary>The framed packet as a new array.</summary>
    public static byte[] ToArray(ReadOnlySpan<byte> packet)
    {
        var framed = new byte[EncodedLength(packet)];
        Encode(packet, framed);
        return framed;
    }
}
