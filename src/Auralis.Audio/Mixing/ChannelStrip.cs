using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    /// <summary>
    /// Adds the channel to the master (as <see cref="MixInto(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, Span{float})"/>)
    /// and to the reverb and delay sends (scaled by send × gain, when that is above 0).
    /// </summary>
    /// <remarks>
    /// With the gains at rest and both sends open, all six buses are summed in one vector pass over the channel, each
    /// with the same multiply and add as the separate passes, so the bits are theirs; otherwise it makes those passes.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MixInto(ReadOnlySpan<float> sourceLeft, ReadOnlySpan<float> sourceRight, scoped in MixBuses buses)
    {
        var (targetLeft, targetRight) = TargetGains();
        var reverb = ReverbSend * Gain;
        var delay = DelaySend * Gain;
        var frames = sourceLeft.Length;
        if (!_started || targetLeft != _leftGain || targetRight != _rightGain || reverb <= 0 || delay <= 0 || !Vector.IsHardwareAccelerated
            || sourceRight.Length < frames || buses.MasterLeft.Length < frames || buses.MasterRight.Length < frames || buses.ReverbLeft.Length < frames
            || buses.ReverbRight.Length < frames || buses.DelayLeft.Length < frames || buses.DelayRight.Length < frames)
        {
            MixInto(sourceLeft, sourceRight, buses.MasterLeft, buses.MasterRight);
            AddSend(sourceLeft, sourceRight, reverb, buses.ReverbLeft, buses.ReverbRight);
            AddSend(sourceLeft, sourceRight, delay, buses.DelayLeft, buses.DelayRight);
            return;
        }

        var (left, right) = (new Vector<float>(targetLeft), new Vector<float>(targetRight));
        var (reverbs, delays) = (new Vector<float>(reverb), new Vector<float>(delay));
        var whole = frames - (frames % Vector<float>.Count);
        // By reference: every span was checked above to hold at least frames samples, and a slice per bus and vector
        // cost as much as the sums.
        ref var sourceLeft0 = ref MemoryMarshal.GetReference(sourceLeft);
        ref var sourceRight0 = ref MemoryMarshal.GetReference(sourceRight);
        ref var masterLeft = ref MemoryMarshal.GetReference(buses.MasterLeft);
        ref var masterRight = ref MemoryMarshal.GetReference(buses.MasterRight);
        ref var reverbLeft = ref MemoryMarshal.GetReference(buses.ReverbLeft);
        ref var reverbRight = ref MemoryMarshal.GetReference(buses.ReverbRight);
        ref var delayLeft = ref MemoryMarshal.GetReference(buses.DelayLeft);
        ref var delayRight = ref MemoryMarshal.GetReference(buses.DelayRight);
        for (nuint i = 0; i < (nuint)whole; i += (nuint)Vector<float>.Count)
        {
            var (l, r) = (Vector.LoadUnsafe(ref sourceLeft0, i), Vector.LoadUnsafe(ref sourceRight0, i));
            (Vector.LoadUnsafe(ref masterLeft, i) + (l * left)).StoreUnsafe(ref masterLeft, i);
            (Vector.LoadUnsafe(ref masterRight, i) + (r * right)).StoreUnsafe(ref masterRight, i);
            (Vector.LoadUnsafe(ref reverbLeft, i) + (l * reverbs)).StoreUnsafe(ref reverbLeft, i);
            (Vector.LoadUnsafe(ref reverbRight, i) + (r * reverbs)).StoreUnsafe(ref reverbRight, i);
            (Vector.LoadUnsafe(ref delayLeft, i) + (l * delays)).StoreUnsafe(ref delayLeft, i);
            (Vector.LoadUnsafe(ref delayRight, i) + (r * delays)).StoreUnsafe(ref delayRight, i);
        }

        for (var i = whole; i < frames; i++)
        {
            var (l, r) = (sourceLeft[i], sourceRight[i]);
            buses.MasterLeft[i] += l * targetLeft;
            buses.MasterRight[i] += r * targetRight;
            buses.ReverbLeft[i] += l * reverb;
            buses.ReverbRight[i] += r * reverb;
            buses.DelayLeft[i] += l * delay;
            buses.DelayRight[i] += r * delay;
        }
    }

    /// <summary>Forgets the ramp, so the next block starts at the target gains.</summary>
    public void Reset() => _started = false;

    private static void AddSend(ReadOnlySpan<float> sourceLeft, ReadOnlySpan<float> sourceRight, float gain, Span<float> left, Span<float> right)
    {
        if (gain > 0)
        {
            Processing.SampleMath.AddScaled(sourceLeft, gain, left);
            Processing.SampleMath.AddScaled(sourceRight, gain, right);
        }
    }
}
