using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Auralis.Protocol.Osc;

/// <summary>Writes OSC 1.0 packets as exact bytes: into a caller's buffer, a new array, or a buffer rented from the shared pool.</summary>
/// <remarks>
/// Messages are checked when they are built, so writing fails only when the destination is too small. Strings are written
/// as UTF-8; OSC 1.0 says ASCII, and ASCII text is the same bytes either way.
/// </remarks>
public static class OscWriter
{
    /// <summary>The exact number of bytes <paramref name="packet"/> takes on the wire (always a multiple of 4).</summary>
    public static int GetSize(OscPacket packet) => packet switch
    {
        OscMessage message => MessageSize(message),
        OscBundle bundle => BundleSize(bundle),
        null => throw new ArgumentNullException(nameof(packet)),
        _ => throw new ArgumentException($"{packet.GetType().Name} is not an OSC packet this writer knows.", nameof(packet)),
    };

    /// <summary>Writes <paramref name="packet"/> at the start of <paramref name="destination"/> and answers the bytes written.</summary>
    public static int Write(OscPacket packet, Span<byte> destination)
    {
        var size = GetSize(packet);
        if (destination.Length < size)
        {
            throw new ArgumentException($"The packet needs {size} bytes; the destination has {destination.Length}.", nameof(destination));
        }

        WritePacket(packet, destination[..size]);
        return size;
    }

    /// <summary>Writes <paramref name="packet"/> when it fits in <paramref name="destination"/>; false (nothing written) when not.</summary>
    public static bool TryWrite(OscPacket packet, Span<byte> destination, out int written)
    {
        written = GetSize(packet);
        if (destination.Length < written)
        {
            written = 0;
            return false;
        }

        WritePacket(packet, destination[..written]);
        return true;
    }

    /// <summary>The packet as a new array.</summary>
    public static byte[] ToArray(OscPacket packet)
    {
        var bytes = new byte[GetSize(packet)];
        WritePacket(packet, bytes);
        return bytes;
    }

    /// <summary>
    /// The packet in a buffer rented from <see cref="ArrayPool{T}.Shared"/>, its <see cref="IMemoryOwner{T}.Memory"/> exactly the
    /// packet's bytes; dispose it (once) after sending to give the buffer back.
    /// </summary>
    public static IMemoryOwner<byte> Rent(OscPacket packet)
    {
        var size = GetSize(packet);
        var owner = new RentedPacket(size);
        WritePacket(packet, owner.Memory.Span);
        return owner;
    }

    private static int MessageSize(OscMessage message)
    {
        var size = checked(OscWire.StringSize(Encoding.UTF8.GetByteCount(message.Address)) + OscWire.StringSize(message.Arguments.Count + 1));
        foreach (var argument in message.Arguments)
        {
            size = checked(size + OscWire.ArgumentSize(argument));
        }

        return size;
    }

    private static int BundleSize(OscBundle bundle)
    {
        var size = OscWire.BundlePrefix;
        foreach (var element in bundle.Elements)
        {
            size = checked(size + 4 + GetSize(element));
        }

        return size;
    }

    /// <summary>Writes into a destination of exactly the packet's size, which is zeroed first so that all padding is NUL.</summary>
    private static void WritePacket(OscPacket packet, Span<byte> destination)
    {
        destination.Clear();
        if (packet is OscMessage message)
        {
            WriteMessage(message, destination);
            return;
        }

        var bundle = (OscBundle)packet;
        OscWire.BundleHeader.CopyTo(destination);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], bundle.Time.Value);
        var at = OscWire.BundlePrefix;
        foreach (var element in bundle.Elements)
        {
            var size = GetSize(element);
            BinaryPrimitives.WriteInt32BigEndian(destination[at..], size);
            WritePacket(element, destination.Slice(at + 4, size));
            at += 4 + size;
        }
    }

    private static void WriteMessage(OscMessage message, Span<byte> destination)
    {
        var at = OscWire.StringSize(Encoding.UTF8.GetBytes(message.Address, destination));
        destination[at] = (byte)',';
        for (var i = 0; i < message.Arguments.Count; i++)
        {
            destination[at + 1 + i] = (byte)message.Arguments[i].Tag;
        }

        at += OscWire.StringSize(message.Arguments.Count + 1);
        foreach (var argument in message.Arguments)
        {
            at += WriteArgument(argument, destination[at..]);
        }
    }

    private static int WriteArgument(OscArgument argument, Span<byte> destination)
    {
        switch (argument)
        {
            case OscArgument.Int32 i:
                BinaryPrimitives.WriteInt32BigEndian(destination, i.Value);
                return 4;
            case OscArgument.Float32 f:
                BinaryPrimitives.WriteSingleBigEndian(destination, f.Value);
                return 4;
            case OscArgument.Char c:
                BinaryPrimitives.WriteInt32BigEndian(destination, c.Value);
                return 4;
            case OscArgument.Midi m:
                destination[0] = m.Value.Port;
                destination[1] = m.Value.Status;
                destination[2] = m.Value.Data1;
                destination[3] = m.Value.Data2;
                return 4;
            case OscArgument.Int64 h:
                BinaryPrimitives.WriteInt64BigEndian(destination, h.Value);
                return 8;
            case OscArgument.Double d:
                BinaryPrimitives.WriteDoubleBigEndian(destination, d.Value);
                return 8;
            case OscArgument.TimeTag t:
                BinaryPrimitives.WriteUInt64BigEndian(destination, t.Value.Value);
                return 8;
            case OscArgument.String s:
                return OscWire.StringSize(Encoding.UTF8.GetBytes(s.Value, destination));
            case OscArgument.Blob b:
                BinaryPrimitives.WriteInt32BigEndian(destination, b.Bytes.Length);
                b.Bytes.Span.CopyTo(destination[4..]);
                return OscWire.BlobSize(b.Bytes.Length);
            default:
                return 0;
        }
    }

    /// <summary>A pooled buffer that hands itself back once.</summary>
    private sealed class RentedPacket(int size) : IMemoryOwner<byte>
    {
        private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(size);

        public Memory<byte> Memory => _buffer is { } buffer ? buffer.AsMemory(0, size) : throw new ObjectDisposedException(nameof(RentedPacket));

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
