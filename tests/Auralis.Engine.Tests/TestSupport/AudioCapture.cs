using Auralis.Audio.Rendering;

namespace Auralis.Engine.Tests.TestSupport;

/// <summary>Keeps every interleaved stereo sample a replay or a render thread writes, in order.</summary>
internal sealed class AudioCapture : IAudioBlockSink
{
    public List<float> Samples { get; } = [];

    public void Write(long firstFrame, ReadOnlySpan<float> interleavedStereo) => Samples.AddRange(interleavedStereo.ToArray());
}
