namespace Auralis.Protocol.Audio;

/// <summary>How a client wants its audio: 16-bit PCM (the default), float32, Opus, or no audio at all.</summary>
public enum AudioFormat
{
    /// <summary>Interleaved signed 16-bit little-endian samples; the wire word is "pcm16".</summary>
    Pcm16,

    /// <summary>Interleaved IEEE 754 float32 little-endian samples; the wire word is "f32".</summary>
    F32,

    /// <summary>No audio: the client only takes the JSON events; the wire word is "none".</summary>
    None,

    /// <summary>Opus, one 20 ms packet (960 frames, 48 kHz stereo) per chunk after its first-frame index; the wire word is "opus". See <see cref="OpusChunk"/>.</summary>
    Opus,
}

/// <summary>The wire words of <see cref="AudioFormat"/>: "pcm16", "f32", "none", "opus".</summary>
public static class AudioFormats
{
    internal static readonly WordMap<AudioFormat> Words = new((AudioFormat.Pcm16, "pcm16"), (AudioFormat.F32, "f32"), (AudioFormat.None, "none"), (AudioFormat.Opus, "opus"));

    /// <summary>The format's wire word.</summary>
    public static string ToWord(this AudioFormat format) => Words.ToWord(format);

    /// <summary>The format a wire word names (exact, lower case), as in the WebSocket query <c>?audio=f32</c>.</summary>
    public static bool TryParse(string? word, out AudioFormat format) => Words.TryParse(word, out format);
}
