namespace Auralis.Audio.Tests.Effects;

/// <summary>The peak limiter as one plain per-sample loop: the reference <c>PeakLimiter</c>'s two passes are held to.</summary>
internal sealed class PerSampleLimiter(double ceiling, double releaseMs, int sampleRate)
{
    private float _gain = 1f;

    public void Process(Span<float> left, Span<float> right)
    {
        var limit = (float)Math.Clamp(ceiling, 0.01, 1.0);
        var release = MathF.Exp(-1f / (float)(Math.Max(1, releaseMs) / 1000 * sampleRate));
        var gain = _gain;
        for (var i = 0; i < left.Length; i++)
        {
            var peak = MathF.Max(MathF.Abs(left[i]), MathF.Abs(right[i]));
            var needed = peak > limit ? limit / peak : 1f;
            gain = needed < gain ? needed : needed - ((needed - gain) * release);
            left[i] *= gain;
            right[i] *= gain;
        }

        _gain = gain > 1f - 1e-6f ? 1f : gain;
    }
}
