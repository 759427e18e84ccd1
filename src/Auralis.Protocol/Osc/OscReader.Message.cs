using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Auralis.Protocol.Osc;

/// <content>Reading one message: its address, its type tag string and its arguments.</content>
public static partial class OscReader
{
    private static ProtocolError? ReadMessage(ReadOnlySpan<byte> bytes, int offset, out OscMessage? message)
    {
        message = null;
        var at = 0;
        if (ReadString(bytes, ref at, offset, out var addressBytes) is { } badString)
        {
            return badString;
        }

        // Latin-1 maps every byte to one char, so the shared rule sees (and refuses) any byte outside printable ASCII.
        var address = Encoding.Latin1.GetString(addressBytes);
        if (OscAddressText.Check(address) is { } problem)
        {
            return OscErrors.BadAddress(problem);
        }

        if (at == bytes.Length)
        {
            return OscErrors.BadTypeTag($"The message to '{address}' has no type tag string.");
        }

        if (bytes[at] != (byte)',')
        {
            return OscErrors.BadTypeTag(string.Create(CultureInfo.InvariantCulture,
                $"A type tag string starts with ','; the one at byte {offset + at} starts with 0x{bytes[at]:X2}."));
        }

        var tagsAt = at;
        if (ReadString(bytes, ref at, offset, out var tagString) is { } badTags)
        {
            return badTags;
        }

        var tags = tagString[1..];
        for (var i = 0; i < tags.Length; i++)
        {
            if (!IsKnownTag(tags[i]))
            {
                return OscErrors.UnknownType(tags[i], offset + tagsAt + 1 + i);
            }
        }

        var arguments = new OscArgument[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            if (ReadArgument(tags[i], bytes, ref at, offset, out var argument) is { } badArgument)
            {
                return badArgument;
            }

            arguments[i] = argument!;
        }

        if (at != bytes.Length)
        {
            return OscErrors.TrailingBytes(bytes.Length - at, offset + at);
        }

        message = new OscMessage(address, arguments);
        return null;
    }

    private static bool IsKnownTag(byte tag) => tag is (byte)'i' or (byte)'f' or (byte)'s' or (byte)'b' or (byte)'h' or (byte)'d'
        or (byte)'t' or (byte)'c' or (byte)'m' or (byte)'T' or (byte)'F' or (byte)'N' or (byte)'I';

    private static ProtocolError? ReadArgument(byte tag, ReadOnlySpan<byte> bytes, ref int at, int offset, out OscArgument? argument)
    {
        argument = null;
        var fixedSize = tag switch
        {
            (byte)'i' or (byte)'f' or (byte)'c' or (byte)'m' => 4,
            (byte)'h' or (byte)'d' or (byte)'t' => 8,
            _ => 0,
        };
        if (bytes.Length - at < fixedSize)
        {
            return OscErrors.Truncated(string.Create(CultureInfo.InvariantCulture, $"a '{(char)tag}' argument"), offset + bytes.Length);
        }

        var field = bytes.Slice(at, fixedSize);
        at += fixedSize;
        switch (tag)
        {
            case (byte)'i':
                argument = new OscArgument.Int32(BinaryPrimitives.ReadInt32BigEndian(field));
                return null;
            case (byte)'f':
                argument = new OscArgument.Float32(BinaryPrimitives.ReadSingleBigEndian(field));
                return null;
            case (byte)'c':
                return ReadChar(BinaryPrimitives.ReadInt32BigEndian(field), offset + at - 4, out argument);
            case (byte)'m':
                argument = new OscArgument.Midi(new OscMidi(field[0], field[1], field[2], field[3]));
                return null;
            case (byte)'h':
                argument = new OscArgument.Int64(BinaryPrimitives.ReadInt64BigEndian(field));
                return null;
            case (byte)'d':
                argument = new OscArgument.Double(BinaryPrimitives.ReadDoubleBigEndian(field));
                return null;
            case (byte)'t':
                argument = new OscArgument.TimeTag(new OscTimeTag(BinaryPrimitives.ReadUInt64BigEndian(field)));
                return null;
            case (byte)'s':
                return ReadText(bytes, ref at, offset, out argument);
            case (byte)'b':
                return ReadBlob(bytes, ref at, offset, out argument);
            default:
                argument = tag switch
                {
                    (byte)'T' => new OscArgument.Boolean(true),
                    (byte)'F' => new OscArgument.Boolean(false),
                    (byte)'N' => new OscArgument.Nil(),
                    _ => new OscArgument.Impulse(),
                };
                return null;
        }
    }

    private static ProtocolError? ReadChar(int value, int at, out OscArgument? argument)
    {
        argument = value is >= 0 and <= char.MaxValue ? new OscArgument.Char((char)value) : null;
        return argument is null
            ? OscErrors.BadValue(string.Create(CultureInfo.InvariantCulture, $"The 'c' argument at byte {at} holds {value}, beyond U+FFFF."))
            : null;
    }

    private static ProtocolError? ReadText(ReadOnlySpan<byte> bytes, ref int at, int offset, out OscArgument? argument)
    {
        argument = null;
        var start = at;
        if (ReadString(bytes, ref at, offset, out var utf8) is { } error)
        {
            return error;
        }

        if (!Utf8.IsValid(utf8))
        {
            return OscErrors.NotAString(string.Create(CultureInfo.InvariantCulture, $"The string at byte {offset + start} is not UTF-8."));
        }

        argument = new OscArgument.String(Encoding.UTF8.GetString(utf8));
        return null;
    }

    private static ProtocolError? ReadBlob(ReadOnlySpan<byte> bytes, ref int at, int offset, out OscArgument? argument)
    {
        argument = null;
        if (bytes.Length - at < 4)
        {
            return OscErrors.Truncated("a blob's size", offset + bytes.Length);
        }

        var size = BinaryPrimitives.ReadInt32BigEndian(bytes[at..]);
        var available = bytes.Length - at - 4;
        if (size < 0 || size > available)
        {
            return OscErrors.LyingSize("The blob", size, offset + at, available);
        }

        var padded = (size + 3) & ~3;
        if (padded > available)
        {
            return OscErrors.Truncated("a blob's padding", offset + bytes.Length);
        }

        if (bytes.Slice(at + 4 + size, padded - size).ContainsAnyExcept((byte)0))
        {
            return OscErrors.Misaligned(string.Create(CultureInfo.InvariantCulture, $"The blob at byte {offset + at} is not padded with NULs."));
        }

        argument = new OscArgument.Blob(bytes.Slice(at + 4, size));
        at += 4 + padded;
        return null;
    }

    /// <summary>Reads an OSC-string's bytes (without the NUL) and moves past its padding, which must be NUL.</summary>
    private static ProtocolError? ReadString(ReadOnlySpan<byte> bytes, ref int at, int offset, out ReadOnlySpan<byte> content)
    {
        content = default;
        var length = bytes[at..].IndexOf((byte)0);
        if (length < 0)
        {
            return OscErrors.NotAString(string.Create(CultureInfo.InvariantCulture,
                $"The string at byte {offset + at} has no NUL before the end of its message."));
        }

        var size = OscWire.StringSize(length);
        if (size > bytes.Length - at)
        {
            return OscErrors.Truncated("a string's padding", offset + bytes.Length);
        }

        if (bytes.Slice(at + length, size - length).ContainsAnyExcept((byte)0))
        {
            return OscErrors.Misaligned(string.Create(CultureInfo.InvariantCulture,
                $"The string at byte {offset + at} is not padded with NULs to a multiple of 4 bytes."));
        }

        content = bytes.Slice(at, length);
        at += size;
        return null;
    }
}
