using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Auralis.Protocol.Audio;

/// <summary>
/// The payload of an Opus audio frame (<c>audio=opus</c>): the index of its first audio frame as an unsigned 64-bit
/// little-endian integer, as in a PCM chunk, then one Opus packet holding <see cref="FramesPerPacket"/> frames (20 ms at
/// 48 kHz, stereo). Consecutive chunks' indices differ by 960; a larger step is a gap, as with PCM.
/// </summary>
public static class OpusChunk
{
    /// <summary>Frames in every packet: 20 ms at 48 kHz.</summary>
    public const int FramesPerPacket = 960;

    /// <summary>The largest Opus packet (RFC 6716, 3.4).</summary>
    public const int MaxPacketBytes = 1275;

    /// <summary>A chunk of <paramref name="packet"/> starting at audio frame <paramref name="firstFrame"/>.</summary>
    public static byte[] Write(ulong firstFrame, ReadOnlySpan<byte> packet)
    {
        var payload = new byte[AudioChunk.HeaderLength + packet.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(payload, firstFrame);
        packet.CopyTo(payload.AsSpan(AudioChunk.HeaderLength));
        return payload;
    }

    /// <summary>Splits a chunk into its first-frame index and its Opus packet; a bad-frame error when it holds no packet or too large a one.</summary>
    public static bool TryRead(ReadOnlyMemory<byte> payload, out ulong firstFrame, out ReadOnlyMemory<byte> packet, [NotNullWhen(false)] out ProtocolError? error)
    {
        firstFrame = 0;
        packet = default;
        var length = payload.Length - AudioChunk.HeaderLength;
        if (length is <= 0 or > MaxPacketBytes)
        {
            error = ProtocolError.BadFrame(string.Create(CultureInfo.InvariantCulture,
                $"An Opus chunk of {payload.Length} bytes is not an 8-byte frame index followed by one packet of 1 to {MaxPacketBytes} bytes."));
            return false;
        }

        firstFrame = BinaryPrimitives.ReadUInt64LittleEndian(payload.Span);
        packet = payload[AudioChunk.HeaderLength..];
        error = null;
        return true;
    }
}
