namespace Auralis.Audio.Rendering;

/// <summary>Where rendered audio goes: the lock-free ring buffer live, a WAV writer or a capture in replay.</summary>
public interface IAudioBlockSink
{
    /// <summary>Takes one block of interleaved stereo frames whose first frame is <paramref name="firstFrame"/>.</summary>
    void Write(long firstFrame, ReadOnlySpan<float> interleavedStereo);
}
