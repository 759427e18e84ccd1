namespace Auralis.Protocol.Framing;

/// <summary>
/// Cuts TCP frames out of bytes as they arrive from a socket, in pieces of any size. The length is checked against
/// <see cref="MaxFrameLength"/> as soon as its four bytes are in, before anything is allocated for the payload.
/// </summary>
/// <remarks>
/// Any framing error (<see cref="ErrorCodes.TooLarge"/>, <see cref="ErrorCodes.BadFrame"/>) means the stream can no longer be
/// cut into frames: the reader stays faulted and answers the same error from then on, and the connection should close.
/// Not thread-safe: one reader per connection, fed by its receive loop.
/// </remarks>
public sealed partial class FrameReader
{
    /// <summary>The default limit on a frame's length field: 1 MiB, far above any message or audio chunk Auralis sends.</summary>
    public const int DefaultMaxFrameLength = 1 << 20;

    private readonly byte[] _header = new byte[FrameHeader.Size];
    private int _headerCount;
    private int _length;
    private byte[]? _payload;
    private int _payloadCount;

    /// <summary>Creates a reader that refuses frames whose length field exceeds <paramref name="maxFrameLength"/>.</summary>
    public FrameReader(int maxFrameLength = DefaultMaxFrameLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFrameLength, 1);
        ArgumentOutOfRangeException.ThrowIfEqual(maxFrameLength, int.MaxValue);
        MaxFrameLength = maxFrameLength;
    }

    /// <summary>The largest length field accepted (the kind byte plus the payload).</summary>
    public int MaxFrameLength { get; }

    /// <summary>The error that faulted the reader, or null.</summary>
    public ProtocolError? Fault { get; private set; }

    /// <summary>True when part of a frame has arrived but not all of it: a connection closing now was cut mid-frame.</summary>
    public bool HasPartialFrame => _headerCount > 0;

    /// <summary>
    /// Consumes bytes from <paramref name="input"/> until a frame is complete (true), the input is used up (false, no error),
    /// or the bytes break the framing (false with the error). Call again with the rest of the input after each frame.
    /// </summary>
    public bool TryRead(ref ReadOnlySpan<byte> input, out Frame frame, out ProtocolError? error)
    {
        frame = default;
        error = Fault;
        if (error is not null)
        {
            return false;
        }

        if (_headerCount < FrameHeader.Size && !TryReadHeader(ref input, out error))
        {
            Fault = error;
            return false;
        }

        var payload = _payload!;
        var take = Math.Min(payload.Length - _payloadCount, input.Length);
        input[..take].CopyTo(payload.AsSpan(_payloadCount));
        input = input[take..];
        _payloadCount += take;
        if (_payloadCount < payload.Length)
        {
            return false;
        }

        frame = new Frame((FrameKind)_header[FrameHeader.LengthBytes], payload);
        _headerCount = 0;
        _payloadCount = 0;
        _payload = null;
        return true;
    }

    /// <summary>Fills the header; true once it is whole and valid and the payload buffer exists.</summary>
    private bool TryReadHeader(ref ReadOnlySpan<byte> input, out ProtocolError? error)
    {
        error = null;
        while (_headerCount < FrameHeader.Size)
        {
            if (input.IsEmpty)
            {
                return false;
            }

            _header[_headerCount++] = input[0];
            input = input[1..];
            if (_headerCount == FrameHeader.LengthBytes)
            {
                error = FrameHeader.CheckLength(_header.AsSpan(0, FrameHeader.LengthBytes), MaxFrameLength, out _length);
            }
            else if (_headerCount == FrameHeader.Size)
            {
                error = FrameHeader.CheckKind(_header[FrameHeader.LengthBytes]);
            }

            if (error is not null)
            {
                return false;
            }
        }

        _payload = _length == 1 ? [] : new byte[_length - 1];
        return true;
    }
}
