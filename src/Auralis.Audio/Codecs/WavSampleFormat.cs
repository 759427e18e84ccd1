namespace Auralis.Audio.Codecs;

/// <summary>How a WAV file stores its samples.</summary>
public enum WavSampleFormat
{
    /// <summary>16-bit signed integers (PCM): samples are scaled by 32767, rounded to nearest and clamped.</summary>
    Pcm16,

    /// <summary>24-bit signed integers (PCM): samples are scaled by 8388607, rounded to nearest and clamped.</summary>
    Pcm24,

    /// <summary>32-bit IEEE floats, stored as they are.</summary>
    Float32,
}
