namespace Auralis.Protocol.Framing;

/// <content>Reading whole frames straight from a <see cref="Stream"/>.</content>
public sealed partial class FrameReader
{
    /// <summary>
    /// Reads one frame from <paramref name="stream"/>, checking the header before allocating the payload. A stream that ends
    /// between frames gives <see cref="FrameReadStatus.EndOfStream"/>; one that ends inside a frame gives a bad-frame error.
    /// I/O failures and cancellation propagate as exceptions: they are the transport's, not the protocol's.
    /// </summary>
    public static async ValueTask<FrameReadResult> ReadFrameAsync(Stream stream, int maxFrameLength, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFrameLength, 1);
        var header = new byte[FrameHeader.Size];
        var got = await stream.ReadAtLeastAsync(header.AsMemory(0, FrameHeader.LengthBytes), FrameHeader.LengthBytes, throwOnEndOfStream: false,
            cancellationToken).ConfigureAwait(false);
        if (got == 0)
        {
            return new FrameReadResult(FrameReadStatus.EndOfStream, default, null);
        }

        if (got < FrameHeader.LengthBytes)
        {
            return Failed(Truncated());
        }

        if (FrameHeader.CheckLength(header.AsSpan(0, FrameHeader.LengthBytes), maxFrameLength, out var length) is { } tooLong)
        {
            return Failed(tooLong);
        }

        if (await stream.ReadAtLeastAsync(header.AsMemory(FrameHeader.LengthBytes, 1), 1, throwOnEndOfStream: false, cancellationToken)
                .ConfigureAwait(false) == 0)
        {
            return Failed(Truncated());
        }

        if (FrameHeader.CheckKind(header[FrameHeader.LengthBytes]) is { } badKind)
        {
            return Failed(badKind);
        }

        var payload = length == 1 ? [] : new byte[length - 1];
        if (await stream.ReadAtLeastAsync(payload, payload.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false) < payload.Length)
        {
            return Failed(Truncated());
        }

        return new FrameReadResult(FrameReadStatus.Frame, new Frame((FrameKind)header[FrameHeader.LengthBytes], payload), null);
    }

    private static FrameReadResult Failed(ProtocolError error) => new(FrameReadStatus.Error, default, error);

    private static ProtocolError Truncated() => ProtocolError.BadFrame("The stream ended inside a frame.");
}
