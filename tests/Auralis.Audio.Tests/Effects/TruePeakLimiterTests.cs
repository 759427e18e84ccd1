using Auralis.Audio.Analysis.Loudness;
using Auralis.Audio.Effects;
using Auralis.Audio.Processing;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Tests.Effects;

public sealed class TruePeakLimiterTests
{
    private static float[] Interleave(float[] left, float[] right)
    {
        var interleaved = new float[left.Length * 2];
        SampleMath.Interleave(left, right, interleaved);
        return interleaved;
    }

    private static void Limit(TruePeakLimiter limiter, float[] left, float[] right)
    {
        for (var start = 0; start < left.Length; start += 128)
        {
            var n = Math.Min(128, left.Length - start);
            limiter.Process(left.AsSpan(start, n), right.AsSpan(start, n));
        }
    }

    [Theory]
    [InlineData(48_000)]
    [InlineData(44_100)]
    public void Loud_noise_comes_out_under_the_ceiling_between_samples_too(int sampleRate)
    {
        var limiter = new TruePeakLimiter { Ceiling = 0.5 };
        limiter.Prepare(new AudioSpec(sampleRate, 128));
        var random = new SeededRandom(3);
        var left = Enumerable.Range(0, sampleRate).Select(_ => (random.NextSingle() - 0.5f) * 6f).ToArray();
        var right = Enumerable.Range(0, sampleRate).Select(_ => (random.NextSingle() - 0.5f) * 6f).ToArray();

        Limit(limiter, left, right);
        var meter = new LoudnessMeter(sampleRate, 1);
        meter.Process(Interleave(left, right));

        Assert.All(left.Concat(right), s => Assert.InRange(MathF.Abs(s), 0f, 0.5f + 1e-6f));
        // White noise is the hardest case for peaks between samples; a half decibel over the ceiling is the most let through.
        Assert.True(meter.TruePeakDbtp <= (20 * Math.Log10(0.5)) + 0.5, $"true peak {meter.TruePeakDbtp:F2} dBTP");
    }

    [Fact]
    public void A_quiet_tone_passes_unchanged_but_for_the_look_ahead_delay()
    {
        var limiter = new TruePeakLimiter { Ceiling = 0.9 };
        limiter.Prepare(AudioSpec.Session);
        var input = Enumerable.Range(0, 4_800).Select(i => 0.5f * MathF.Sin(i * 0.05f)).ToArray();
        var (left, right) = ((float[])input.Clone(), (float[])input.Clone());

        Limit(limiter, left, right);

        var latency = limiter.LatencyFrames;
        Assert.Equal(53, latency);
        Assert.Equal(input[..^latency], left[latency..]);
        Assert.Equal(left, right);
    }

    [Fact]
    public void The_gain_is_down_before_a_lone_peak_arrives_and_recovers_after_it()
    {
        var limiter = new TruePeakLimiter { Ceiling = 0.5, ReleaseMs = 10 };
        limiter.Prepare(AudioSpec.Session);
        var left = Enumerable.Repeat(0.25f, 9_600).ToArray();
        left[4_800] = 1f;
        var right = (float[])left.Clone();

        Limit(limiter, left, right);

        var peakAt = 4_800 + limiter.LatencyFrames;
        Assert.InRange(left[peakAt], 0.49f, 0.5f);
        // The ramp down starts a look-ahead before the peak and is gradual: no step larger than a tenth of the drop.
        var steps = Enumerable.Range(peakAt - 60, 60).Select(i => Math.Abs(left[i + 1] - left[i]));
        Assert.All(steps.SkipLast(1), step => Assert.True(step < 0.02f, $"step {step}"));
        Assert.Equal(0.25f, left[^1], 3);
    }

    [Fact]
    public void Limiting_allocates_nothing()
    {
        var limiter = new TruePeakLimiter { Ceiling = 0.3 };
        limiter.Prepare(AudioSpec.Session);
        var (left, right) = (new float[128], new float[128]);
        void Run()
        {
            for (var block = 0; block < 500; block++)
            {
                left.AsSpan().Fill(block % 2 == 0 ? 0.9f : -0.2f);
                right.AsSpan().Fill(0.1f);
                limiter.Process(left, right);
            }
        }

        SteadyState.WarmUp(Run);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run();

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
