using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Auralis.Protocol.Osc;

/// <summary>
/// Reads OSC 1.0 packets. It never throws on any input: it answers the packet, or a <see cref="ProtocolError"/> whose code is
/// one of <see cref="OscErrorCodes"/>, so the node can count rejections by reason.
/// </summary>
/// <remarks>
/// The reader is strict where leniency would hide a broken sender: a packet must be a multiple of 4 bytes, padding must be NUL,
/// the type tag string may not be omitted (OSC 1.0 tolerates that for old senders; none of the tools Auralis serves omits it),
/// and no bytes may follow the last argument. Sizes are checked against what remains before anything is read or allocated,
/// and recursion is bounded by <see cref="OscLimits.MaxDepth"/>.
/// </remarks>
public static partial class OscReader
{
    /// <summary>Reads one packet with <see cref="OscLimits.Default"/>.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out OscPacket? packet, [NotNullWhen(false)] out ProtocolError? error) =>
        TryRead(bytes, OscLimits.Default, out packet, out error);

    /// <summary>Reads one packet (a whole UDP datagram, or one frame cut from a stream) within <paramref name="limits"/>.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, OscLimits limits, [NotNullWhen(true)] out OscPacket? packet,
        [NotNullWhen(false)] out ProtocolError? error)
    {
        ArgumentNullException.ThrowIfNull(limits);
        packet = null;
        error = bytes.Length > limits.MaxPacketSize
            ? OscErrors.TooLarge(bytes.Length, limits.MaxPacketSize)
            : ReadPacket(bytes, 0, 0, limits.MaxDepth, out packet);
        return error is null;
    }

    /// <summary>Reads a packet or a bundle element; <paramref name="offset"/> places it in the whole packet for error messages.</summary>
    private static ProtocolError? ReadPacket(ReadOnlySpan<byte> bytes, int offset, int depth, int maxDepth, out OscPacket? packet)
    {
        packet = null;
        if (bytes.IsEmpty)
        {
            return OscErrors.Empty(depth == 0 ? "The packet" : string.Create(CultureInfo.InvariantCulture, $"The bundle element at byte {offset}"));
        }

        if (bytes.Length % 4 != 0)
        {
            return OscErrors.Misaligned(string.Create(CultureInfo.InvariantCulture,
                $"{(depth == 0 ? "The packet" : "A bundle element")} is {bytes.Length} bytes long, not a multiple of 4."));
        }

        switch (bytes[0])
        {
            case (byte)'/':
                var error = ReadMessage(bytes, offset, out var message);
                packet = message;
                return error;
            case (byte)'#':
                return ReadBundle(bytes, offset, depth, maxDepth, out packet);
            default:
                return OscErrors.BadAddress(string.Create(CultureInfo.InvariantCulture,
                    $"A packet starts with '/' (a message) or '#bundle'; the one at byte {offset} starts with 0x{bytes[0]:X2}."));
        }
    }

    private static ProtocolError? ReadBundle(ReadOnlySpan<byte> bytes, int offset, int depth, int maxDepth, out OscPacket? packet)
    {
        packet = null;
        var header = OscWire.BundleHeader;
        if (bytes.Length < header.Length)
        {
            return header.StartsWith(bytes) ? OscErrors.Truncated("the bundle header", offset + bytes.Length) : OscErrors.BadBundle();
        }

        if (!bytes.StartsWith(header))
        {
            return OscErrors.BadBundle();
        }

        if (depth + 1 > maxDepth)
        {
            return OscErrors.TooDeep(maxDepth);
        }

        if (bytes.Length < OscWire.BundlePrefix)
        {
            return OscErrors.Truncated("the bundle's timetag", offset + bytes.Length);
        }

        var time = new OscTimeTag(BinaryPrimitives.ReadUInt64BigEndian(bytes[header.Length..]));
        var elements = new List<OscPacket>();
        var at = OscWire.BundlePrefix;
        while (at < bytes.Length)
        {
            if (bytes.Length - at < 4)
            {
                return OscErrors.Truncated("a bundle element's size", offset + bytes.Length);
            }

            var size = BinaryPrimitives.ReadInt32BigEndian(bytes[at..]);
            var available = bytes.Length - at - 4;
            if (size < 0 || size > available)
            {
                return OscErrors.LyingSize("The bundle element", size, offset + at, available);
            }

            if (ReadPacket(bytes.Slice(at + 4, size), offset + at + 4, depth + 1, maxDepth, out var element) is { } error)
            {
                return error;
            }

            elements.Add(element!);
            at += 4 + size;
        }

        packet = new OscBundle(time, [.. elements]);
        return null;
    }
}
