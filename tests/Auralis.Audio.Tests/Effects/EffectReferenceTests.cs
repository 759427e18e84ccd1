using Auralis.Audio.Effects;
using Auralis.Audio.Processing;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Tests.Effects;

public sealed class EffectReferenceTests
{
    // Noise bursts with silence between, in blocks of uneven length up to the prepared maximum.
    private static float[] Through(Action<Span<float>, Span<float>> process, int frames, int maxBlock)
    {
        var random = new SeededRandom(11);
        var left = Enumerable.Range(0, frames).Select(i => i % 9000 < 2000 ? (random.NextSingle() * 2f) - 1f : 0f).ToArray();
        var right = left.Select(s => s * 0.5f).ToArray();
        var done = 0;
        for (var block = 0; done < frames; block++)
        {
            var n = Math.Min(frames - done, 1 + (block * 97 % maxBlock));
            process(left.AsSpan(done, n), right.AsSpan(done, n));
            done += n;
        }

        return [.. left, .. right];
    }

    [Theory]
    [InlineData(48_000, 128)]
    [InlineData(44_100, 128)]
    [InlineData(8_000, 4096)]
    public void The_reverbs_block_loops_equal_its_scalar_reference_bit_for_bit(int sampleRate, int maxBlock)
    {
        var spec = new AudioSpec(sampleRate, maxBlock);
        var fast = new Freeverb { RoomSize = 0.8, Damping = 0.3 };
        var reference = new PerSampleFreeverb(sampleRate) { RoomSize = 0.8, Damping = 0.3 };
        fast.Prepare(spec);

        var expected = Through(reference.Process, 40_000, maxBlock);
        var actual = Through(fast.Process, 40_000, maxBlock);

        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), actual.Select(BitConverter.SingleToInt32Bits));
    }

    [Theory]
    [InlineData(48_000)]
    [InlineData(8_000)]
    public void The_comb_banks_rows_equal_the_per_sample_combs_bit_for_bit(int sampleRate)
    {
        // The rows loop is the one machines without AVX run; with AVX the reverb above runs the lanes.
        var lengths = Freeverb.CombTunings.Select(t => Math.Max(1, (int)Math.Round(t * (sampleRate / 44_100.0)))).ToArray();
        var reach = Math.Min(128, lengths.Min());
        var rows = new CombBank(lengths, reach);
        var reference = lengths.Select(length => new PerSampleComb(length)).ToArray();
        var random = new SeededRandom(5);
        var expected = new List<float>();
        var actual = new List<float>();
        for (var block = 0; block < 300; block++)
        {
            var input = Enumerable.Range(0, 128).Select(i => block % 50 < 10 ? (random.NextSingle() * 2f) - 1f : 0f).ToArray();
            var (fromReference, fromRows) = (new float[128], new float[128]);
            PerSampleComb.Sum(reference, input, fromReference, 0.9f, 0.2f);
            for (var start = 0; start < input.Length; start += reach)
            {
                var n = Math.Min(reach, input.Length - start);
                rows.ProcessRows(input.AsSpan(start, n), fromRows.AsSpan(start, n), 0.9f, 0.2f);
            }

            rows.Flush();
            expected.AddRange(fromReference);
            actual.AddRange(fromRows);
        }

        Assert.Contains(expected, s => MathF.Abs(s) > 0.1f);
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), actual.Select(BitConverter.SingleToInt32Bits));
    }

    [Theory]
    [InlineData(0.98, 80.0)]
    [InlineData(0.3, 5.0)]
    public void The_limiters_two_passes_equal_its_per_sample_reference_bit_for_bit(double ceiling, double releaseMs)
    {
        var spec = new AudioSpec(48_000, 512);
        var fast = new PeakLimiter { Ceiling = ceiling, ReleaseMs = releaseMs };
        var reference = new PerSampleLimiter(ceiling, releaseMs, spec.SampleRate);
        fast.Prepare(spec);

        // Twice as loud as the noise bursts: the limiter works, then recovers in the silences.
        var expected = Through((l, r) => { SampleMath.Scale(l, 2f); SampleMath.Scale(r, 2f); reference.Process(l, r); }, 40_000, 512);
        var actual = Through((l, r) => { SampleMath.Scale(l, 2f); SampleMath.Scale(r, 2f); fast.Process(l, r); }, 40_000, 512);

        Assert.Contains(expected, s => MathF.Abs(s) > 0.25f);
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), actual.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void The_limiter_takes_a_block_longer_than_it_was_prepared_for_as_the_reference_does()
    {
        var fast = new PeakLimiter { ReleaseMs = 20 };
        var reference = new PerSampleLimiter(0.98, 20, 48_000);
        fast.Prepare(new AudioSpec(48_000, 64));

        var expected = Through((l, r) => { SampleMath.Scale(l, 3f); SampleMath.Scale(r, 3f); reference.Process(l, r); }, 20_000, 1000);
        var actual = Through((l, r) => { SampleMath.Scale(l, 3f); SampleMath.Scale(r, 3f); fast.Process(l, r); }, 20_000, 1000);

        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), actual.Select(BitConverter.SingleToInt32Bits));
    }

    [Theory]
    [InlineData(48_000, 375.0, 128)]
    [InlineData(44_100, 1999.0, 128)]
    [InlineData(48_000, 2.0, 128)]
    [InlineData(48_000, 375.0, 1000)]
    public void The_delays_block_loop_equals_its_per_sample_reference_bit_for_bit(int sampleRate, double timeMs, int maxBlock)
    {
        var spec = new AudioSpec(sampleRate, maxBlock);
        var fast = new StereoDelay { TimeMs = timeMs, Feedback = 0.6, Damping = 0.4 };
        var reference = new PerSampleDelay(spec, 0.6, 0.4, fast.Mix);
        fast.Prepare(spec);
        var blocks = 0;

        // A change of time part-way through: the glide runs per sample, then the time settles again.
        double Time() => blocks++ % 600 < 300 ? timeMs : timeMs * 0.7;
        var expected = Through((l, r) => reference.Process(l, r, Time()), 90_000, maxBlock);
        blocks = 0;
        var actual = Through((l, r) => { fast.TimeMs = Time(); fast.Process(l, r); }, 90_000, maxBlock);

        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), actual.Select(BitConverter.SingleToInt32Bits));
    }
}
