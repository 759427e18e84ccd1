using System.Runtime.CompilerServices;

namespace Auralis.Audio.Mixing;

/// <summary>One mixer channel: a level and a constant-power pan, ramped across each block so changes never click.</summary>
/// <remarks>
/// Pan −1 is hard left, 0 centre, +1 hard right; the law is sin/cos, so a centred source sits 3 dB down in each side
/// and its power stays the same wherever it is panned. Gain and pan are targets reached by the end of the next block.
/// </remarks>
public sealed class ChannelStrip
{
    private float _leftGain;
    private float _rightGain;
    private bool _started;

    /// <summary>The channel's level, 0..1 (linear).</summary>
    public float Gain { get; set; } = 0.8f;

    /// <summary>The stereo position, −1..1.</summary>
    public float Pan { get; set; }

    /// <summary>How much of the channel is sent to the reverb bus, 0..1.</summary>
    public float ReverbSend { get; set; } = 0.2f;

    /// <summary>How much of the channel is sent to the delay bus, 0..1.</summary>
    public float DelaySend { get; set; } = 0.1f;

    /// <summary>The gains the channel will have reached at the end of the next block.</summary>
    public (float Left, float Right) TargetGains()
    {
        var angle = (Math.Clamp(Pan, -1f, 1f) + 1f) * MathF.PI / 4f;
        var gain = Math.Clamp(Gain, 0f, 1f);
        return (gain * MathF.Cos(angle), gain * MathF.Sin(angle));
    }

    /// <summary>Adds the channel's stereo block to the destination, ramping from the last block's gains to the current ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MixInto(ReadOnlySpan<float> sourceLeft, ReadOnlySpan<float> sourceRight, Span<float> left, Span<float> right)
    {
        var (targetLeft, targetRight) = TargetGains();
        if (!_started)
        {
            (_leftGain, _rightGain, _started) = (targetLeft, targetRight, true);
        }

        var frames = sourceLeft.Length;
        if (targetLeft == _leftGain && targetRight == _rightGain)
        {
            // Gains at rest: the ramp below would add a step of exactly 0 every frame.
            Processing.SampleMath.AddScaled(sourceLeft, targetLeft, left);
            Processing.SampleMath.AddScaled(sourceRight, targetRight, right);
            return;
        }

        var stepLeft = (targetLeft - _leftGain) / frames;
        var stepRight = (targetRight - _rightGain) / frames;
        var (gainLeft, gainRight) = (_leftGain, _rightGain);
        for (var i = 0; i < frames; i++)
        {
            gainLeft += stepLeft;
            gainRight += stepRight;
            left[i] += sourceLeft[i] * gainLeft;
            right[i] += sourceRight[i] * gainRight;
        }

        (_leftGain, _rightGain) = (targetLeft, targetRight);
    }

    /// <summary>Forgets the ramp, so the next block starts at the target gains.</summary>
    public void Reset() => _started = false;
}
