using System.Buffers.Binary;
using System.Globalization;

namespace Auralis.Protocol.Framing;

/// <summary>
/// The five bytes in front of every TCP frame: a 4-byte big-endian length of what follows (the kind byte and the payload),
/// then the kind.
/// </summary>
public static class FrameHeader
{
    /// <summary>The bytes of the length field.</summary>
    public const int LengthBytes = 4;

    /// <summary>The bytes of the whole header: length and kind.</summary>
    public const int Size = LengthBytes + 1;

    /// <summary>Writes the header of a frame whose payload is <paramref name="payloadLength"/> bytes long.</summary>
    public static void Write(Span<byte> destination, FrameKind kind, int payloadLength)
    {
        if (kind is not (FrameKind.Json or FrameKind.Audio))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A frame is JSON (1) or audio (2).");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(payloadLength);
        ArgumentOutOfRangeException.ThrowIfEqual(payloadLength, int.MaxValue);
        if (destination.Length < Size)
        {
            throw new ArgumentException($"A frame header needs {Size} bytes; the destination has {destination.Length}.", nameof(destination));
        }

        BinaryPrimitives.WriteUInt32BigEndian(destination, (uint)payloadLength + 1);
        destination[LengthBytes] = (byte)kind;
    }

    /// <summary>Checks the length field before anything is allocated for the payload.</summary>
    internal static ProtocolError? CheckLength(ReadOnlySpan<byte> lengthField, int maxFrameLength, out int length)
    {
        var value = BinaryPrimitives.ReadUInt32BigEndian(lengthField);
        length = 0;
        if (value == 0)
        {
            return ProtocolError.BadFrame("A frame's length is 0; it must count at least the kind byte.");
        }

        if (value > (uint)maxFrameLength)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"A frame of {value} bytes exceeds the limit of {maxFrameLength} bytes.");
            return ProtocolError.TooLarge(LooksLikeText(lengthField)
                ? $"{message} The stream starts with the text '{AsText(lengthField)}', which does not look like an Auralis frame (an HTTP request sent to the TCP port?)."
                : message);
        }

        length = (int)value;
        return null;
    }

    /// <summary>Checks the kind byte.</summary>
    internal static ProtocolError? CheckKind(byte kind) => kind is (byte)FrameKind.Json or (byte)FrameKind.Audio
        ? null
        : ProtocolError.BadFrame(string.Create(CultureInfo.InvariantCulture,
            $"Frame kind {kind} is unknown (1 is JSON, 2 is audio); this does not look like an Auralis frame."));

    private static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is < 0x20 or > 0x7E)
            {
                return false;
            }
        }

        return true;
    }

    private static string AsText(ReadOnlySpan<byte> bytes) => string.Create(bytes.Length, bytes.ToArray(), (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            chars[i] = (char)source[i];
        }
    });
}
