using System.Numerics;
using System.Runtime.CompilerServices;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Effects;

/// <summary>The master's safety net: a stereo-linked peak limiter whose output never exceeds its ceiling.</summary>
/// <remarks>
/// Without look-ahead the gain drops at once to what the sample needs (so no sample passes the ceiling) and recovers
/// with an exponential release; linking the channels keeps the stereo image still while it works.
/// </remarks>
public sealed class PeakLimiter : IParameterized
{
    private float _gain = 1f;
    private float[] _needed = [];
    private float _releaseCoefficient;
    private int _sampleRate;

    /// <summary>The effect's parameters, in index order: display range, default and unit.</summary>
    public static IReadOnlyList<ParameterInfo> Definitions { get; } =
    [
        new("ceiling", 0.1f, 1, 0.98f, "", "highest sample value let through"),
        new("release", 1, 1000, 80, "ms", "gain recovery time"),
    ];

    /// <inheritdoc />
    public IReadOnlyList<ParameterInfo> Parameters => Definitions;

    /// <inheritdoc />
    public void SetNormalized(int index, float normalized)
    {
        var value = Definitions[index].FromNormalized(normalized);
        switch (index)
        {
            case 0:
                Ceiling = value;
                break;
            case 1:
                ReleaseMs = value;
                break;
        }
    }

    /// <inheritdoc />
    public float GetNormalized(int index) => Definitions[index].ToNormalized(index switch
    {
        0 => (float)Ceiling,
        _ => (float)ReleaseMs,
    });

    /// <summary>The highest absolute sample value let through (linear; 0.98 ≈ −0.18 dBFS).</summary>
    public double Ceiling { get; set; } = 0.98;

    /// <summary>How long the gain takes to recover, in milliseconds.</summary>
    public double ReleaseMs { get; set; } = 80;

    /// <summary>The gain applied to the last sample (1 = no limiting).</summary>
    public float CurrentGain => _gain;

    /// <summary>Prepares the release for <paramref name="spec"/>'s sample rate.</summary>
    public void Prepare(in AudioSpec spec)
    {
        spec.Validate();
        _sampleRate = spec.SampleRate;
        _needed = new float[spec.MaxBlockFrames];
        Reset();
    }

    /// <summary>Returns the gain to unity.</summary>
    public void Reset() => _gain = 1f;

    /// <summary>Limits the block in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Process(Span<float> left, Span<float> right)
    {
        if (_sampleRate == 0)
        {
            throw new InvalidOperationException("Prepare the limiter before processing.");
        }

        var ceiling = (float)Math.Clamp(Ceiling, 0.01, 1.0);
        _releaseCoefficient = MathF.Exp(-1f / (float)(Math.Max(1, ReleaseMs) / 1000 * _sampleRate));
        if (_gain == 1f && SampleMath.Peak(left) <= ceiling && SampleMath.Peak(right) <= ceiling)
        {
            // Nothing to limit and nothing to recover from: the loop below would multiply every sample by exactly 1.
            return;
        }

        var (gain, release) = (_gain, _releaseCoefficient);
        for (var start = 0; start < left.Length; start += _needed.Length)
        {
            // A block longer than the prepared one goes in pieces: the gain runs on from one to the next.
            var frames = Math.Min(_needed.Length, left.Length - start);
            gain = Limit(left.Slice(start, frames), right.Slice(start, frames), ceiling, gain, release);
        }

        // A recovering gain stalls one step below 1 (1 − (1 − g) × release rounds back to g); a step of 10⁻⁶ (−120 dB)
        // there is inaudible and lets quiet blocks pass untouched again.
        _gain = gain > 1f - 1e-6f ? 1f : gain;
    }

    // Two passes: the gain each frame needs (a vector at a time), then the serial attack and release, a branch-free
    // choice of the smaller of the two. The tests hold it, bit for bit, to the plain per-sample loop: for each frame
    // needed = peak > ceiling ? ceiling / peak : 1, then gain = needed < gain ? needed : needed − (needed − gain) × release.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private float Limit(Span<float> left, Span<float> right, float ceiling, float gain, float release)
    {
        var frames = left.Length;
        var needed = _needed.AsSpan(0, frames);
        var whole = frames - (frames % Vector<float>.Count);
        var (ceilings, ones) = (new Vector<float>(ceiling), Vector<float>.One);
        for (var i = 0; i < whole; i += Vector<float>.Count)
        {
            var peak = Vector.Max(Vector.Abs(new Vector<float>(left[i..])), Vector.Abs(new Vector<float>(right[i..])));
            Vector.ConditionalSelect(Vector.GreaterThan(peak, ceilings), ceilings / peak, ones).CopyTo(needed[i..]);
        }

        for (var i = whole; i < frames; i++)
        {
            var peak = MathF.Max(MathF.Abs(left[i]), MathF.Abs(right[i]));
            needed[i] = peak > ceiling ? ceiling / peak : 1f;
        }

        for (var i = 0; i < frames; i++)
        {
            // needed < gain: the release below would land above needed, so the smaller of the two is the reference's pick
            // in either case (and at needed = gain both are needed).
            var wanted = needed[i];
            var released = wanted - ((wanted - gain) * release);
            gain = wanted < released ? wanted : released;
            left[i] *= gain;
            right[i] *= gain;
        }

        return gain;
    }
}
