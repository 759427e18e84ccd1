using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Auralis.Audio.Processing;

/// <summary>An exponential decay, one multiply per frame, laid out for vectors: lane i holds dⁱ and a vector steps by d^lanes.</summary>
/// <remarks>
/// A level multiplied by d every frame makes each frame wait on the one before. In closed form frame i of a block has
/// level₀·dⁱ, so a vector of frames needs only the vector before it times a constant stride. The plain loop keeps the
/// same per-lane levels and strides, so the vector path can be held to it bit for bit.
/// </remarks>
internal sealed class DecayLanes
{
    private readonly float[] _powers = new float[Vector<float>.Count];
    private readonly float[] _lanes = new float[Vector<float>.Count];

    /// <summary>Lays out the decay that multiplies a level by <paramref name="perFrame"/> every frame.</summary>
    public DecayLanes(float perFrame)
    {
        PerFrame = perFrame;
        var power = 1f;
        for (var lane = 0; lane < _powers.Length; lane++)
        {
            _powers[lane] = power;
            power *= perFrame;
        }

        Stride = power;
    }

    /// <summary>The factor per frame.</summary>
    public float PerFrame { get; }

    /// <summary>The factor per vector of frames: <see cref="PerFrame"/> to the number of lanes.</summary>
    public float Stride { get; }

    /// <summary>Lane i holds <see cref="PerFrame"/>ⁱ: a level times these is the level of a vector's frames.</summary>
    public Vector<float> Powers => new(_powers);

    /// <summary>Adds <paramref name="signal"/>[i] × <paramref name="level"/>·dⁱ × <paramref name="gain"/> to <paramref name="output"/>[i].</summary>
    /// <param name="signal">The signal to decay, at least as long as the output.</param>
    /// <param name="output">The block the decaying signal is added to.</param>
    /// <param name="level">The level on the block's first frame.</param>
    /// <param name="gain">A constant gain.</param>
    /// <param name="vectors">Whether the hardware accelerates vectors: without, every frame goes lane by lane, as the tail does.</param>
    /// <returns>The level for the frame after the block's last.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public float AddDecaying(ReadOnlySpan<float> signal, Span<float> output, float level, float gain, bool vectors)
    {
        var frames = output.Length;
        if (frames == 0)
        {
            return level;
        }

        var width = Vector<float>.Count;
        var whole = vectors ? frames / width : 0;
        var levels = new Vector<float>(level) * Powers;
        var gains = new Vector<float>(gain);
        var strides = new Vector<float>(Stride);
        var signals = MemoryMarshal.Cast<float, Vector<float>>(signal[..frames]);
        var outputs = MemoryMarshal.Cast<float, Vector<float>>(output);
        var lastLevels = levels;
        for (var v = 0; v < whole; v++)
        {
            outputs[v] += signals[v] * levels * gains;
            lastLevels = levels;
            levels *= strides;
        }

        if (whole * width == frames)
        {
            // The block's last frame was the vector loop's, in its last lane.
            return lastLevels[width - 1] * PerFrame;
        }

        var lanes = _lanes.AsSpan();
        levels.CopyTo(lanes);
        var last = level;
        for (var i = whole * width; i < frames; i += width)
        {
            for (var lane = 0; lane < width && i + lane < frames; lane++)
            {
                output[i + lane] += signal[i + lane] * lanes[lane] * gain;
                last = lanes[lane];
                lanes[lane] *= Stride;
            }
        }

        return last * PerFrame;
    }
}
