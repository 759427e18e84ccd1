namespace Auralis.Protocol.Osc;

/// <summary>
/// Cuts SLIP-framed OSC packets (see <see cref="OscSlip"/>) out of bytes as they arrive from a socket, split anywhere.
/// </summary>
/// <remarks>
/// SLIP finds its footing again at every END, so a bad packet costs only itself: a packet that grows past
/// <see cref="MaxPacketSize"/> (<see cref="OscErrorCodes.TooLarge"/>) or holds a bad escape (<see cref="OscErrorCodes.BadEscape"/>)
/// is reported once and dropped up to the next END, and decoding goes on. The buffer grows by doubling and never past the
/// limit, so a stream without ENDs cannot make it allocate more. Never throws; not thread-safe (one decoder per connection).
/// </remarks>
public sealed class OscSlipDecoder
{
    private const int InitialCapacity = 256;

    private byte[] _buffer;
    private int _count;
    private bool _escaped;
    private bool _dropping;

    /// <summary>Creates a decoder that refuses packets over <paramref name="maxPacketSize"/> bytes (once unescaped).</summary>
    public OscSlipDecoder(int maxPacketSize = OscLimits.DefaultMaxPacketSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPacketSize, 1);
        MaxPacketSize = maxPacketSize;
        _buffer = new byte[Math.Min(InitialCapacity, maxPacketSize)];
    }

    /// <summary>The largest packet accepted, in bytes, once unescaped.</summary>
    public int MaxPacketSize { get; }

    /// <summary>True when part of a packet has arrived but not its END.</summary>
    public bool HasPartialPacket => _count > 0 || _escaped || _dropping;

    /// <summary>
    /// Consumes bytes from <paramref name="input"/> until a packet is complete (true; the array is the caller's), the input is
    /// used up (false, no error), or a packet has to be dropped (false with the error). Keep calling while input remains.
    /// </summary>
    public bool TryRead(ref ReadOnlySpan<byte> input, out byte[] packet, out ProtocolError? error)
    {
        packet = [];
        error = null;
        while (!input.IsEmpty)
        {
            var b = input[0];
            input = input[1..];
            if (b == OscSlip.End)
            {
                var complete = !_dropping && !_escaped && _count > 0;
                error = !_dropping && _escaped ? OscErrors.BadEscape(b) : null;
                if (complete)
                {
                    packet = _buffer.AsSpan(0, _count).ToArray();
                }

                Reset();
                if (complete || error is not null)
                {
                    return complete;
                }

                continue;
            }

            if (_dropping)
            {
                continue;
            }

            if (_escaped)
            {
                _escaped = false;
                if (b is not (OscSlip.EscEnd or OscSlip.EscEsc))
                {
                    return Drop(OscErrors.BadEscape(b), out error);
                }

                b = b == OscSlip.EscEnd ? OscSlip.End : OscSlip.Esc;
            }
            else if (b == OscSlip.Esc)
            {
                _escaped = true;
                continue;
            }

            if (_count == MaxPacketSize)
            {
                return Drop(OscErrors.TooLarge(_count + 1L, MaxPacketSize), out error);
            }

            if (_count == _buffer.Length)
            {
                Array.Resize(ref _buffer, (int)Math.Min(_buffer.Length * 2L, MaxPacketSize));
            }

            _buffer[_count++] = b;
        }

        return false;
    }

    private bool Drop(ProtocolError reason, out ProtocolError? error)
    {
        Reset();
        _dropping = true;
        error = reason;
        return false;
    }

    private void Reset()
    {
        _count = 0;
        _escaped = false;
        _dropping = false;
    }
}
