namespace Auralis.Node.Streaming.Opus;

/// <summary>One 20 ms Opus packet of a session and the session-timeline frame it starts at.</summary>
/// <param name="FirstFrame">The session-timeline frame of the packet's first sample.</param>
/// <param name="Packet">The Opus packet (960 frames, 48 kHz stereo); shared by every listener, never written after it is published.</param>
public sealed record OpusPacket(long FirstFrame, byte[] Packet);
