using Auralis.Audio.Analysis.Loudness;

namespace Auralis.Audio.Tests.Analysis.Loudness;

public sealed class LoudnessMeterTests
{
    [Theory]
    [InlineData(48_000)]
    [InlineData(44_100)]
    public void A_full_scale_997_hertz_sine_in_one_channel_reads_minus_3_01_LUFS(int sampleRate)
    {
        var meter = new LoudnessMeter(sampleRate);
        meter.Feed(StereoTones.Sine(997, sampleRate, 10, leftAmplitude: 1, rightAmplitude: 0));

        Assert.Equal(-3.01, meter.IntegratedLufs, 0.05);
    }

    [Fact]
    public void The_same_sine_in_both_channels_reads_3_01_LU_louder()
    {
        var meter = new LoudnessMeter(48_000);
        meter.Feed(StereoTones.Sine(997, 48_000, 10, dbfs: -20));

        Assert.Equal(-20.0, meter.IntegratedLufs, 0.05);
    }

    [Theory]
    [InlineData(48_000)]
    [InlineData(44_100)]
    public void A_1_kilohertz_stereo_sine_at_minus_23_dBFS_reads_minus_23_LUFS_as_EBU_Tech_3341_case_1(int sampleRate)
    {
        var meter = new LoudnessMeter(sampleRate);
        meter.Feed(StereoTones.Sine(1000, sampleRate, 20, dbfs: -23));

        Assert.Equal(-23.0, meter.IntegratedLufs, 0.1);
        Assert.Equal(-23.0, meter.MomentaryLufs, 0.1);
        Assert.Equal(-23.0, meter.ShortTermLufs, 0.1);
    }

    [Fact]
    public void K_weighting_cuts_low_frequencies_and_lifts_high_ones()
    {
        var low = new LoudnessMeter(48_000);
        low.Feed(StereoTones.Sine(20, 48_000, 10, dbfs: -23));
        var high = new LoudnessMeter(48_000);
        high.Feed(StereoTones.Sine(8_000, 48_000, 10, dbfs: -23));

        // The RLB high pass is about 14 dB down at 20 Hz; the shelf lifts the highs by almost 4 dB (3.3 dB over 1 kHz).
        Assert.InRange(low.IntegratedLufs, -40, -34);
        Assert.InRange(high.IntegratedLufs, -20, -19.3);
    }

    [Fact]
    public void The_absolute_gate_ignores_silence()
    {
        var meter = new LoudnessMeter(48_000);
        meter.Feed(StereoTones.Silence(48_000, 10));
        meter.Feed(StereoTones.Sine(1000, 48_000, 40, dbfs: -23));
        meter.Feed(StereoTones.Silence(48_000, 20));

        // Only the six blocks straddling the tone's edges, partly silent but above the gates, pull it down (by 0.03 LU).
        Assert.Equal(-23.0, meter.IntegratedLufs, 0.1);
    }

    [Fact]
    public void The_relative_gate_ignores_passages_more_than_10_LU_below_the_programme()
    {
        var meter = new LoudnessMeter(48_000);
        meter.Feed(StereoTones.Sine(1000, 48_000, 20, dbfs: -23));
        meter.Feed(StereoTones.Sine(1000, 48_000, 10, dbfs: -40));

        Assert.Equal(-23.0, meter.IntegratedLufs, 0.1);
    }

    [Fact]
    public void Silence_has_no_integrated_loudness_and_no_range()
    {
        var meter = new LoudnessMeter(48_000);
        meter.Feed(StereoTones.Silence(48_000, 5));

        Assert.Equal(double.NegativeInfinity, meter.IntegratedLufs);
        Assert.Equal(0, meter.LoudnessRangeLu);
    }

    [Fact]
    public void A_programme_alternating_20_seconds_at_minus_20_and_minus_30_LUFS_has_a_range_of_10_LU_as_EBU_Tech_3342_case_1()
    {
        var meter = new LoudnessMeter(48_000);
        meter.Feed(StereoTones.Sine(1000, 48_000, 20, dbfs: -20));
        meter.Feed(StereoTones.Sine(1000, 48_000, 20, dbfs: -30));

        Assert.Equal(10, meter.LoudnessRangeLu, 1.0);
    }

    [Fact]
    public void A_steady_tone_has_no_loudness_range()
    {
        var meter = new LoudnessMeter(48_000);
        meter.Feed(StereoTones.Sine(1000, 48_000, 20, dbfs: -23));

        Assert.Equal(0, meter.LoudnessRangeLu, 0.1);
    }

    [Fact]
    public void The_true_peak_of_a_quarter_rate_sine_at_45_degrees_lies_3_dB_above_its_samples()
    {
        // Every sample of sin(pi/2 n + pi/4) is ±0.707 of the peak: the crest lies halfway between samples.
        var meter = new LoudnessMeter(48_000);
        meter.Feed(StereoTones.Sine(12_000, 48_000, 1, leftAmplitude: 0.5, rightAmplitude: 0.5, phase: Math.PI / 4));

        Assert.Equal(-9.03, meter.SamplePeakDbfs, 0.02);
        // EBU Tech 3341's true-peak tolerance: +0.2 / -0.4 dB.
        Assert.InRange(meter.TruePeakDbtp, -6.02 - 0.4, -6.02 + 0.2);
        Assert.True(meter.TruePeakDbtp > meter.SamplePeakDbfs + 2.5);
    }

    [Fact]
    public void The_true_peak_of_a_low_tone_equals_its_sample_peak()
    {
        var meter = new LoudnessMeter(48_000);
        meter.Feed(StereoTones.Sine(100, 48_000, 1, dbfs: -6));

        Assert.Equal(-6.0, meter.TruePeakDbtp, 0.05);
        Assert.Equal(-6.0, meter.SamplePeakDbfs, 0.05);
    }

    [Fact]
    public void Reset_forgets_everything_measured()
    {
        var meter = new LoudnessMeter(48_000);
        meter.Feed(StereoTones.Sine(1000, 48_000, 5, dbfs: -10));
        meter.Reset();
        meter.Feed(StereoTones.Sine(1000, 48_000, 5, dbfs: -23));

        Assert.Equal(-23.0, meter.IntegratedLufs, 0.1);
        Assert.Equal(-23.0, meter.TruePeakDbtp, 0.05);
    }

    [Fact]
    public void Metering_a_programme_of_the_expected_length_does_not_allocate()
    {
        var meter = new LoudnessMeter(48_000, expectedSeconds: 30);
        var block = StereoTones.Sine(1000, 48_000, 128 / 48_000.0, dbfs: -23);
        SteadyState.WarmUp(() => meter.Process(block));
        meter.Reset();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            meter.Process(block);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
