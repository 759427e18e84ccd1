using Auralis.Audio.Effects;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Tests.Effects;

/// <summary>
/// The stereo delay as one plain per-sample loop, the delay time gliding every frame: the reference <c>StereoDelay</c>'s
/// block loop (used once the time has settled) is held to.
/// </summary>
internal sealed class PerSampleDelay(AudioSpec spec, double feedbackSetting, double dampingSetting, double mixSetting)
{
    private readonly DelayLine _left = new(Capacity(spec), spec.MaxBlockFrames);
    private readonly DelayLine _right = new(Capacity(spec), spec.MaxBlockFrames);
    private readonly float _glide = 1f - MathF.Exp(-1f / (0.05f * spec.SampleRate));
    private float _delay = float.NaN;
    private float _dampLeft;
    private float _dampRight;

    public void Process(Span<float> left, Span<float> right, double timeMs)
    {
        var target = (float)(Math.Clamp(timeMs, 1, StereoDelay.MaxTimeMs) / 1000 * spec.SampleRate);
        var delay = float.IsNaN(_delay) ? target : _delay;
        var feedback = (float)Math.Clamp(feedbackSetting, 0, 0.95);
        var mix = (float)Math.Clamp(mixSetting, 0, 1);
        var damp = (float)Math.Clamp(dampingSetting, 0, 1) * 0.9f;
        var (dampLeft, dampRight) = (_dampLeft, _dampRight);
        for (var i = 0; i < left.Length; i++)
        {
            delay += (target - delay) * _glide;
            var echoLeft = _left.Read(delay);
            var echoRight = _right.Read(delay);
            dampLeft = echoLeft + ((dampLeft - echoLeft) * damp);
            dampRight = echoRight + ((dampRight - echoRight) * damp);
            _left.Write(Denormals.Flush(left[i] + (dampLeft * feedback)));
            _right.Write(Denormals.Flush(right[i] + (dampRight * feedback)));
            left[i] += echoLeft * mix;
            right[i] += echoRight * mix;
            if (i % StereoDelay.FlushFrames == StereoDelay.FlushFrames - 1)
            {
                (dampLeft, dampRight) = (Denormals.Flush(dampLeft), Denormals.Flush(dampRight));
            }
        }

        (_delay, _dampLeft, _dampRight) = (delay, Denormals.Flush(dampLeft), Denormals.Flush(dampRight));
    }

    private static int Capacity(AudioSpec spec) => (int)Math.Ceiling(StereoDelay.MaxTimeMs / 1000 * spec.SampleRate) + 2;
}
