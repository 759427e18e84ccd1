namespace Auralis.Protocol.Framing;

/// <summary>What a TCP frame carries, the byte after its length.</summary>
public enum FrameKind : byte
{
    /// <summary>One UTF-8 JSON message.</summary>
    Json = 1,

    /// <summary>One audio chunk (see <see cref="Audio.AudioChunk"/>).</summary>
    Audio = 2,
}
