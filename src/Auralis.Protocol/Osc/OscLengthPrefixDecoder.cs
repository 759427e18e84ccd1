using System.Buffers.Binary;

namespace Auralis.Protocol.Osc;

/// <summary>
/// Cuts length-prefixed OSC packets out of bytes as they arrive from a socket, split anywhere. The size is checked against
/// <see cref="MaxPacketSize"/> as soon as its four bytes are in, before anything is allocated for the packet.
/// </summary>
/// <remarks>
/// A size over the limit (a negative int32 counts as one) means the stream can no longer be cut into packets: the decoder
/// stays faulted with <see cref="OscErrorCodes.TooLarge"/> and the connection should close. A size of 0 is handed out as an
/// empty packet, which <see cref="OscReader"/> refuses as <see cref="OscErrorCodes.Empty"/> while the stream stays in step.
/// Never throws; not thread-safe (one decoder per connection, fed by its receive loop).
/// </remarks>
public sealed class OscLengthPrefixDecoder
{
    private readonly byte[] _prefix = new byte[OscLengthPrefix.PrefixLength];
    private int _prefixCount;
    private byte[]? _packet;
    private int _packetCount;

    /// <summary>Creates a decoder that refuses packets over <paramref name="maxPacketSize"/> bytes.</summary>
    public OscLengthPrefixDecoder(int maxPacketSize = OscLimits.DefaultMaxPacketSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPacketSize, 1);
        MaxPacketSize = maxPacketSize;
    }

    /// <summary>The largest packet accepted, in bytes.</summary>
    public int MaxPacketSize { get; }

    /// <summary>The error that faulted the decoder, or null.</summary>
    public ProtocolError? Fault { get; private set; }

    /// <summary>True when part of a packet (or of its size) has arrived but not all of it.</summary>
    public bool HasPartialPacket => _prefixCount > 0;

    /// <summary>
    /// Consumes bytes from <paramref name="input"/> until a packet is complete (true; the array is the caller's), the input is
    /// used up (false, no error), or the size breaks the framing (false with the error). Call again with the rest of the input.
    /// </summary>
    public bool TryRead(ref ReadOnlySpan<byte> input, out byte[] packet, out ProtocolError? error)
    {
        packet = [];
        error = Fault;
        if (error is not null)
        {
            return false;
        }

        while (_prefixCount < OscLengthPrefix.PrefixLength)
        {
            if (input.IsEmpty)
            {
                return false;
            }

            _prefix[_prefixCount++] = input[0];
            input = input[1..];
        }

        if (_packet is null)
        {
            var size = BinaryPrimitives.ReadUInt32BigEndian(_prefix);
            if (size > (uint)MaxPacketSize)
            {
                Fault = error = OscErrors.TooLarge(size, MaxPacketSize);
                return false;
            }

            _packet = size == 0 ? [] : new byte[size];
        }

        var take = Math.Min(_packet.Length - _packetCount, input.Length);
        input[..take].CopyTo(_packet.AsSpan(_packetCount));
        input = input[take..];
        _packetCount += take;
        if (_packetCount < _packet.Length)
        {
            return false;
        }

        packet = _packet;
        _packet = null;
        _packetCount = 0;
        _prefixCount = 0;
        return true;
    }
}
