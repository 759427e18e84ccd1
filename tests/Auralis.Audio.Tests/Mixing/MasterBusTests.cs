using Auralis.Audio.Analysis.Loudness;
using Auralis.Audio.Filters;
using Auralis.Audio.Mixing;
using Auralis.Audio.Processing;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Tests.Mixing;

public sealed class MasterBusTests
{
    private static double Measure(Action<Span<float>, Span<float>> process, Func<int, (float Left, float Right)> source, int seconds, int sampleRate = 48_000, int skipSeconds = 0)
    {
        var meter = new LoudnessMeter(sampleRate, seconds);
        var (left, right, interleaved) = (new float[128], new float[128], new float[256]);
        for (var start = 0; start < seconds * sampleRate; start += 128)
        {
            for (var i = 0; i < 128; i++)
            {
                (left[i], right[i]) = source(start + i);
            }

            process(left, right);
            SampleMath.Interleave(left, right, interleaved);
            if (start >= skipSeconds * sampleRate)
            {
                meter.Process(interleaved);
            }
        }

        return meter.IntegratedLufs;
    }

    [Theory]
    [InlineData(0.02, -16)]
    [InlineData(0.3, -16)]
    [InlineData(0.05, -23)]
    public void The_leveler_brings_a_steady_tone_to_the_target_loudness(double amplitude, double target)
    {
        var leveler = new LoudnessLeveler { TargetLufs = target };
        leveler.Prepare(AudioSpec.Session);

        var lufs = Measure(leveler.Process, n => ((float)(amplitude * Math.Sin(n * 0.13)), (float)(amplitude * Math.Sin(n * 0.13))), 20, skipSeconds: 8);

        Assert.InRange(lufs, target - 0.3, target + 0.3);
    }

    [Fact]
    public void The_leveler_does_not_raise_silence_or_a_near_silent_hiss()
    {
        var leveler = new LoudnessLeveler();
        leveler.Prepare(AudioSpec.Session);
        var random = new SeededRandom(5);

        Measure(leveler.Process, _ => ((random.NextSingle() - 0.5f) * 1e-4f, 0f), 6);

        Assert.Equal(0, leveler.GainDecibels);
    }

    [Theory]
    [InlineData(48_000)]
    [InlineData(44_100)]
    public void Each_equalizer_band_has_its_gain_where_the_cookbook_puts_it(int rate)
    {
        Assert.InRange(StereoEqualizerBand.Peak(rate, 3_000, 0.7, 6).DecibelsAt(rate, 3_000), 5.99, 6.01);
        Assert.InRange(StereoEqualizerBand.LowShelf(rate, 110, -4).DecibelsAt(rate, 20), -4.1, -3.8);
        Assert.InRange(StereoEqualizerBand.LowShelf(rate, 110, -4).DecibelsAt(rate, 110), -2.1, -1.9);
        Assert.InRange(StereoEqualizerBand.HighShelf(rate, 9_000, -4).DecibelsAt(rate, 1_000), -0.2, 0);
        Assert.InRange(StereoEqualizerBand.HighPass(rate, 28, 0.7071).DecibelsAt(rate, 28), -3.1, -2.9);
        Assert.InRange(StereoEqualizerBand.HighPass(rate, 28, 0.7071).DecibelsAt(rate, 14), -12.5, -11.5);
    }

    [Fact]
    public void A_band_filters_a_sine_by_its_transfer_function()
    {
        const int rate = 48_000;
        var band = StereoEqualizerBand.Peak(rate, 3_000, 0.7, 6);
        var left = Enumerable.Range(0, 48_000).Select(i => MathF.Sin(2 * MathF.PI * 3_000 * i / rate) * 0.1f).ToArray();
        var right = (float[])left.Clone();

        band.Process(left, right);

        var rms = Math.Sqrt(left[24_000..].Average(s => (double)s * s));
        Assert.InRange(20 * Math.Log10(rms / (0.1 / Math.Sqrt(2))), 5.9, 6.1);
        Assert.Equal(left, right);
    }

    [Theory]
    [InlineData(2_000, -8.09, 0.3)] // side × 2.3: right/left = 1.3 / 3.3
    [InlineData(60, -35, 10)]
    public void The_master_widens_the_side_above_the_crossover_and_leaves_the_low_end_alone(double hertz, double rightToLeftDecibels, double tolerance)
    {
        var master = new MasterBus();
        master.Prepare(AudioSpec.Session);
        var (left, right) = (new float[128], new float[128]);
        var (leftPower, rightPower) = (0.0, 0.0);
        for (var block = 0; block < 1_500; block++)
        {
            for (var i = 0; i < 128; i++)
            {
                // A tone hard left: mid and side alike.
                (left[i], right[i]) = (0.05f * MathF.Sin(2 * MathF.PI * (float)hertz * ((block * 128) + i) / 48_000f), 0f);
            }

            master.Process(left, right);
            for (var i = 0; block > 1_000 && i < 128; i++)
            {
                (leftPower, rightPower) = (leftPower + (left[i] * left[i]), rightPower + (right[i] * right[i]));
            }
        }

        // Side doubled: left = mid + 2 side = 1.5 x, right = mid − 2 side = −0.5 x, a third of the left (−9.54 dB).
        Assert.InRange(10 * Math.Log10(rightPower / leftPower), rightToLeftDecibels - tolerance, rightToLeftDecibels + tolerance);
    }

    [Fact]
    public void The_master_gives_the_same_samples_however_the_blocks_fall()
    {
        var random = new SeededRandom(11);
        // Loud bursts and quiet stretches, so the limiter works and rests and the leveler moves.
        var left = Enumerable.Range(0, 96_000).Select(i => (random.NextSingle() - 0.5f) * (i / 6_000 % 2 == 0 ? 1.5f : 0.02f)).ToArray();
        var right = left.Select(s => s * 0.7f).ToArray();
        float[] Master(Func<int, int> blockAt)
        {
            var master = new MasterBus();
            master.Prepare(AudioSpec.Session);
            var (l, r) = ((float[])left.Clone(), (float[])right.Clone());
            for (int start = 0, block = 0; start < l.Length; block++)
            {
                var n = Math.Min(blockAt(block), l.Length - start);
                master.Process(l.AsSpan(start, n), r.AsSpan(start, n));
                start += n;
            }

            return [.. l, .. r];
        }

        var whole = Master(_ => 128);
        var ragged = Master(block => 1 + (block * 37 % 128));

        Assert.Equal(whole.Select(BitConverter.SingleToInt32Bits), ragged.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void Mastering_allocates_nothing()
    {
        var master = new MasterBus();
        master.Prepare(AudioSpec.Session);
        var random = new SeededRandom(9);
        var (left, right) = (new float[128], new float[128]);
        void Run()
        {
            for (var block = 0; block < 400; block++)
            {
                for (var i = 0; i < 128; i++)
                {
                    (left[i], right[i]) = ((random.NextSingle() - 0.5f) * 0.8f, (random.NextSingle() - 0.5f) * 0.8f);
                }

                master.Process(left, right);
            }
        }

        SteadyState.WarmUp(Run);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run();

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
