using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Effects;

/// <summary>A stereo feedback delay with a damped feedback path and a wet/dry mix.</summary>
/// <remarks>
/// Delay time changes glide over about 50 ms (a one-pole ramp per sample), so moving the time sounds like tape
/// rather than clicking; feedback is low-passed, as in an analogue echo, and flushed of denormals: what is written
/// into the lines sample by sample, the low-passes' state every <see cref="FlushFrames"/> frames of a block (in that
/// time even the darkest damping takes it only from the flushing threshold to 10⁻²¹, far from the denormals), which
/// keeps the flush off the low-passes' serial chain.
/// </remarks>
public sealed class StereoDelay : IParameterized
{
    /// <summary>The longest delay time.</summary>
    public const double MaxTimeMs = 2000;

    /// <summary>How often, in frames of a block, the damping low-passes are flushed of what would become denormals.</summary>
    public const int FlushFrames = 128;

    private DelayLine? _left;
    private DelayLine? _right;
    private float _sampleRate;
    private float _currentDelay;
    private float _glide;
    private float _dampLeft;
    private float _dampRight;
    private float[] _echoLeft = [];
    private float[] _echoRight = [];
    private float[] _fedLeft = [];
    private float[] _fedRight = [];

    /// <summary>The effect's parameters, in index order: display range, default and unit.</summary>
    public static IReadOnlyList<ParameterInfo> Definitions { get; } =
    [
        new("time", 1, 2000, 375, "ms", "delay time"),
        new("feedback", 0, 0.95f, 0.35f, "", "how much of the echo returns"),
        new("mix", 0, 1, 0.25f, "", "echo level"),
        new("damping", 0, 1, 0.3f, "", "how dark each repeat gets"),
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
                TimeMs = value;
                break;
            case 1:
                Feedback = value;
                break;
            case 2:
                Mix = value;
                break;
            case 3:
                Damping = value;
                break;
        }
    }

    /// <inheritdoc />
    public float GetNormalized(int index) => Definitions[index].ToNormalized(index switch
    {
        0 => (float)TimeMs,
        1 => (float)Feedback,
        2 => (float)Mix,
        _ => (float)Damping,
    });

    /// <summary>Delay time in milliseconds (1..2000).</summary>
    public double TimeMs { get; set; } = 375;

    /// <summary>How much of the output is fed back, 0..0.95.</summary>
    public double Feedback { get; set; } = 0.35;

    /// <summary>Wet level, 0..1 (the dry signal always passes at unity).</summary>
    public double Mix { get; set; } = 0.25;

    /// <summary>Damping of the feedback path, 0 (bright) .. 1 (dark).</summary>
    public double Damping { get; set; } = 0.3;

    /// <summary>Allocates the delay lines for <paramref name="spec"/>.</summary>
    public void Prepare(in AudioSpec spec)
    {
        spec.Validate();
        _sampleRate = spec.SampleRate;
        var capacity = (int)Math.Ceiling(MaxTimeMs / 1000 * spec.SampleRate) + 2;
        _left = new DelayLine(capacity, spec.MaxBlockFrames);
        _right = new DelayLine(capacity, spec.MaxBlockFrames);
        _glide = 1f - MathF.Exp(-1f / (0.05f * spec.SampleRate));
        (_echoLeft, _echoRight) = (new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames]);
        (_fedLeft, _fedRight) = (new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames]);
        Reset();
    }

    /// <summary>Clears the echoes.</summary>
    public void Reset()
    {
        _left?.Clear();
        _right?.Clear();
        _currentDelay = TargetDelay();
        _dampLeft = _dampRight = 0;
    }

    /// <summary>Adds the echoes to the block in place.</summary>
    /// <remarks>
    /// Once the delay time has settled (the glide can no longer move it) and is longer than the block, the echoes are
    /// read, fed back and mixed a whole block at a time; only the damping low-passes still run sample by sample. The
    /// arithmetic is the per-sample loop's, operation for operation.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Process(Span<float> left, Span<float> right)
    {
        var l = _left ?? throw new InvalidOperationException("Prepare the delay before processing.");
        var r = _right!;
        var target = TargetDelay();
        var feedback = (float)Math.Clamp(Feedback, 0, 0.95);
        var mix = (float)Math.Clamp(Mix, 0, 1);
        var damp = (float)Math.Clamp(Damping, 0, 1) * 0.9f;
        var (delay, glide) = (_currentDelay, _glide);
        var settled = delay + ((target - delay) * glide) == delay;
        if (settled && delay >= left.Length + 1 && delay <= l.Capacity)
        {
            ProcessSettled(l, r, left, right, delay, feedback, mix, damp);
            return;
        }

        var (dampLeft, dampRight) = (_dampLeft, _dampRight);
        for (var i = 0; i < left.Length; i++)
        {
            delay += (target - delay) * glide;
            var echoLeft = l.Read(delay);
            var echoRight = r.Read(delay);
            dampLeft = echoLeft + ((dampLeft - echoLeft) * damp);
            dampRight = echoRight + ((dampRight - echoRight) * damp);
            l.Write(Denormals.Flush(left[i] + (dampLeft * feedback)));
            r.Write(Denormals.Flush(right[i] + (dampRight * feedback)));
            left[i] += echoLeft * mix;
            right[i] += echoRight * mix;
            if (i % FlushFrames == FlushFrames - 1)
            {
                (dampLeft, dampRight) = (Denormals.Flush(dampLeft), Denormals.Flush(dampRight));
            }
        }

        (_currentDelay, _dampLeft, _dampRight) = (delay, Denormals.Flush(dampLeft), Denormals.Flush(dampRight));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ProcessSettled(DelayLine l, DelayLine r, Span<float> left, Span<float> right, float delay, float feedback, float mix, float damp)
    {
        var frames = left.Length;
        var echoLeft = _echoLeft.AsSpan(0, frames);
        var echoRight = _echoRight.AsSpan(0, frames);
        l.ReadBlock(delay, echoLeft);
        r.ReadBlock(delay, echoRight);
        var (dampLeft, dampRight) = (_dampLeft, _dampRight);
        var fedLeft = _fedLeft.AsSpan(0, frames);
        var fedRight = _fedRight.AsSpan(0, frames);
        for (var start = 0; start < frames; start += FlushFrames)
        {
            // Only the damping low-passes are serial; what they feed back is worked out a vector at a time below.
            for (var i = start; i < Math.Min(frames, start + FlushFrames); i++)
            {
                fedLeft[i] = dampLeft = echoLeft[i] + ((dampLeft - echoLeft[i]) * damp);
                fedRight[i] = dampRight = echoRight[i] + ((dampRight - echoRight[i]) * damp);
            }

            (dampLeft, dampRight) = (Denormals.Flush(dampLeft), Denormals.Flush(dampRight));
        }

        Feed(left, fedLeft, feedback);
        Feed(right, fedRight, feedback);
        l.WriteBlock(fedLeft);
        r.WriteBlock(fedRight);
        SampleMath.AddScaled(echoLeft, mix, left);
        SampleMath.AddScaled(echoRight, mix, right);
        (_dampLeft, _dampRight) = (Denormals.Flush(dampLeft), Denormals.Flush(dampRight));
    }

    // fed[i] = Flush(input[i] + damped[i] × feedback), in place over the damped values: the per-sample loop's operations.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Feed(ReadOnlySpan<float> input, Span<float> fed, float feedback)
    {
        var frames = fed.Length;
        var whole = Vector.IsHardwareAccelerated ? frames - (frames % Vector<float>.Count) : 0;
        var (feedbacks, threshold) = (new Vector<float>(feedback), new Vector<float>(Denormals.Threshold));
        var inputs = MemoryMarshal.Cast<float, Vector<float>>(input[..whole]);
        var feds = MemoryMarshal.Cast<float, Vector<float>>(fed[..whole]);
        for (var v = 0; v < feds.Length; v++)
        {
            var value = inputs[v] + (feds[v] * feedbacks);
            feds[v] = Vector.ConditionalSelect(Vector.LessThan(Vector.Abs(value), threshold), Vector<float>.Zero, value);
        }

        for (var i = whole; i < frames; i++)
        {
            fed[i] = Denormals.Flush(input[i] + (fed[i] * feedback));
        }
    }

    private float TargetDelay() => (float)(Math.Clamp(TimeMs, 1, MaxTimeMs) / 1000 * Math.Max(1, _sampleRate));
}
