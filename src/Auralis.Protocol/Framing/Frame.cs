namespace Auralis.Protocol.Framing;

/// <summary>One complete TCP frame: its kind and its payload (which the frame owns; it is never reused by the reader).</summary>
public readonly record struct Frame(FrameKind Kind, ReadOnlyMemory<byte> Payload);

/// <summary>How reading a frame from a stream ended.</summary>
public enum FrameReadStatus
{
    /// <summary>A whole frame was read.</summary>
    Frame,

    /// <summary>The stream ended cleanly between two frames.</summary>
    EndOfStream,

    /// <summary>The bytes broke the framing; the connection should close.</summary>
    Error,
}

/// <summary>The outcome of <see cref="FrameReader.ReadFrameAsync"/>: a frame, the end of the stream, or an error.</summary>
public readonly record struct FrameReadResult(FrameReadStatus Status, Frame Frame, ProtocolError? Error);
