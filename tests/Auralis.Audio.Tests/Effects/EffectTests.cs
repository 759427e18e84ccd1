using Auralis.Audio.Effects;
using Auralis.Audio.Processing;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Tests.Effects;

public sealed class EffectTests
{
    private static (float[] Left, float[] Right) Impulse(int frames)
    {
        var left = new float[frames];
        var right = new float[frames];
        left[0] = right[0] = 1f;
        return (left, right);
    }

    private static void InBlocks(int frames, Action<int, int> process)
    {
        for (var start = 0; start < frames; start += 128)
        {
            process(start, Math.Min(128, frames - start));
        }
    }

    [Theory]
    [InlineData(48_000)]
    [InlineData(44_100)]
    public void The_delay_echoes_an_impulse_at_its_delay_time(int sampleRate)
    {
        var delay = new StereoDelay { TimeMs = 250, Feedback = 0.5, Mix = 1, Damping = 0 };
        delay.Prepare(new AudioSpec(sampleRate));
        var (left, right) = Impulse(sampleRate);

        InBlocks(left.Length, (start, n) => delay.Process(left.AsSpan(start, n), right.AsSpan(start, n)));

        var echo = (int)(0.25 * sampleRate);
        var loudestAfterImpulse = Enumerable.Range(1, left.Length - 1).MaxBy(i => MathF.Abs(left[i]));
        Assert.InRange(loudestAfterImpulse, echo - 1, echo + 1);
        Assert.InRange(MathF.Abs(left[2 * echo]) + MathF.Abs(left[(2 * echo) + 1]), 0.3f, 0.7f);
    }

    [Fact]
    public void The_reverb_tail_rings_on_and_decays()
    {
        var reverb = new Freeverb { RoomSize = 0.7, Wet = 1, Dry = 0 };
        reverb.Prepare(AudioSpec.Session);
        var (left, right) = Impulse(48_000 * 4);

        InBlocks(left.Length, (start, n) => reverb.Process(left.AsSpan(start, n), right.AsSpan(start, n)));

        double Energy(int fromMs, int toMs) => left.AsSpan(fromMs * 48, (toMs - fromMs) * 48).ToArray().Sum(s => (double)s * s);
        var early = Energy(50, 300);
        var middle = Energy(1000, 1250);
        var late = Energy(3500, 3750);
        Assert.True(early > 0);
        Assert.True(middle < early / 4, $"{middle} vs {early}");
        Assert.True(late < middle / 4, $"{late} vs {middle}");
        Assert.All(left, s => Assert.True(float.IsFinite(s)));
    }

    [Fact]
    public void The_limiter_never_lets_a_sample_past_its_ceiling()
    {
        var limiter = new PeakLimiter { Ceiling = 0.5 };
        limiter.Prepare(AudioSpec.Session);
        var random = new SeededRandom(7);
        var left = Enumerable.Range(0, 48_000).Select(_ => (random.NextSingle() - 0.5f) * 8f).ToArray();
        var right = Enumerable.Range(0, 48_000).Select(_ => (random.NextSingle() - 0.5f) * 8f).ToArray();

        InBlocks(left.Length, (start, n) => limiter.Process(left.AsSpan(start, n), right.AsSpan(start, n)));

        Assert.All(left.Concat(right), s => Assert.InRange(MathF.Abs(s), 0f, 0.5f + 1e-6f));
    }

    [Fact]
    public void The_limiter_leaves_quiet_material_untouched()
    {
        var limiter = new PeakLimiter { Ceiling = 0.9 };
        limiter.Prepare(AudioSpec.Session);
        var left = Enumerable.Range(0, 4800).Select(i => 0.5f * MathF.Sin(i * 0.05f)).ToArray();
        var copy = left.ToArray();
        var right = left.ToArray();

        limiter.Process(left, right);

        Assert.Equal(copy, left);
    }

    [Fact]
    public void The_compressors_curve_follows_threshold_ratio_and_knee()
    {
        var compressor = new Compressor { ThresholdDb = -20, Ratio = 4, KneeDb = 0 };

        Assert.Equal(-30, compressor.OutputLevelDb(-30), 9);
        Assert.Equal(-15, compressor.OutputLevelDb(0), 9);
        compressor.KneeDb = 6;
        var below = compressor.OutputLevelDb(-23.01);
        var inKnee = compressor.OutputLevelDb(-20);
        Assert.Equal(-23.01, below, 9);
        Assert.InRange(inKnee, -20.75, -20.0);
    }

    [Fact]
    public void A_loud_steady_tone_is_compressed_to_the_curves_level()
    {
        var compressor = new Compressor { ThresholdDb = -20, Ratio = 4, KneeDb = 0, AttackMs = 5, ReleaseMs = 50 };
        compressor.Prepare(AudioSpec.Session);
        var left = Enumerable.Range(0, 48_000).Select(i => MathF.Sin(2 * MathF.PI * 440 * i / 48_000f)).ToArray();
        var right = left.ToArray();

        InBlocks(left.Length, (start, n) => compressor.Process(left.AsSpan(start, n), right.AsSpan(start, n)));

        var lastPeak = left.Skip(40_000).Max(MathF.Abs);
        var peakDb = 20 * Math.Log10(lastPeak);
        Assert.InRange(peakDb, -16.5, -14.0);
    }

    [Fact]
    public void Effects_allocate_nothing_once_prepared()
    {
        var spec = AudioSpec.Session;
        var delay = new StereoDelay();
        var reverb = new Freeverb();
        var limiter = new PeakLimiter();
        var compressor = new Compressor();
        delay.Prepare(spec);
        reverb.Prepare(spec);
        limiter.Prepare(spec);
        compressor.Prepare(spec);
        var left = new float[128];
        var right = new float[128];
        void Block()
        {
            left[0] = 0.5f;
            delay.Process(left, right);
            reverb.Process(left, right);
            compressor.Process(left, right);
            limiter.Process(left, right);
        }

        SteadyState.WarmUp(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                Block();
            }
        });
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 500; i++)
        {
            Block();
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
