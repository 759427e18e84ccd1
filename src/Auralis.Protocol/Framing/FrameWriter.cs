using System.Buffers;

namespace Auralis.Protocol.Framing;

/// <summary>Writes TCP frames: the 5-byte <see cref="FrameHeader"/>, then the payload.</summary>
public static class FrameWriter
{
    /// <summary>The bytes a frame with a payload of <paramref name="payloadLength"/> bytes takes on the wire.</summary>
    public static int FrameLength(int payloadLength) => checked(FrameHeader.Size + payloadLength);

    /// <summary>Writes a whole frame into <paramref name="destination"/> and answers the bytes written.</summary>
    public static int Write(Span<byte> destination, FrameKind kind, ReadOnlySpan<byte> payload)
    {
        var total = FrameLength(payload.Length);
        if (destination.Length < total)
        {
            throw new ArgumentException($"The frame needs {total} bytes; the destination has {destination.Length}.", nameof(destination));
        }

        FrameHeader.Write(destination, kind, payload.Length);
        payload.CopyTo(destination[FrameHeader.Size..]);
        return total;
    }

    /// <summary>A whole frame as a new array.</summary>
    public static byte[] ToArray(FrameKind kind, ReadOnlySpan<byte> payload)
    {
        var frame = new byte[FrameLength(payload.Length)];
        Write(frame, kind, payload);
        return frame;
    }

    /// <summary>
    /// Writes a whole frame to <paramref name="stream"/> in one write, so that frames written by one writer never interleave
    /// at the byte level (the caller still serializes its writers).
    /// </summary>
    public static async ValueTask WriteFrameAsync(Stream stream, FrameKind kind, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var total = FrameLength(payload.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(total);
        try
        {
            Write(buffer, kind, payload.Span);
            await stream.WriteAsync(buffer.AsMemory(0, total), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
