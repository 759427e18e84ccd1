using Auralis.Audio.Filters;
using Auralis.Audio.Oscillators;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments.Drums;

/// <summary>The kit's one noise stream, drawn a block at a time by the drums that need it, and the buffers it is shaped in.</summary>
/// <remarks>
/// All drums share the stream, drawing in the order the kit renders its hits, so a hit's noise depends on the seed and
/// on what played before it — as it did when every draw was one sample at a time.
/// </remarks>
internal sealed class DrumNoise(ulong seed)
{
    private readonly Noise _noise = new(seed);
    private float[] _white = [];
    private float[] _filtered = [];
    private float[] _edges = [];

    /// <summary>Allocates the buffers for blocks of up to <paramref name="maxBlockFrames"/>.</summary>
    public void Prepare(int maxBlockFrames)
    {
        // The noise and its filtered form keep the frame before the block at index 0.
        _white = new float[maxBlockFrames + 1];
        _filtered = new float[maxBlockFrames + 1];
        _edges = new float[maxBlockFrames];
    }

    /// <summary>The stream's next <paramref name="frames"/> values.</summary>
    public ReadOnlySpan<float> Next(int frames)
    {
        var noises = _white.AsSpan(1, frames);
        _noise.RenderWhite(noises);
        return noises;
    }

    /// <summary>The hit's next frames of noise through <paramref name="highPass"/>; index 0 of the result is the output before them.</summary>
    /// <param name="vectors">Whether the filter may run its groups as vectors (the hardware accelerates them).</param>
    public ReadOnlySpan<float> HighPassed(DrumHit hit, int frames, HighPassScan highPass, bool vectors)
    {
        Next(frames);
        (_white[0], _filtered[0]) = (hit.LastNoise, hit.HighPass);
        var filtered = _filtered.AsSpan(0, frames + 1);
        var last = highPass.Process(_white.AsSpan(0, frames + 1), filtered, vectors);
        (hit.HighPass, hit.LastNoise) = (Denormals.Flush(last), _white[frames]);
        return filtered;
    }

    /// <summary>A scratch block of <paramref name="frames"/> for a drum to shape the noise further.</summary>
    public Span<float> Scratch(int frames) => _edges.AsSpan(0, frames);
}
