using Auralis.Audio.Analysis;
using Auralis.Audio.Instruments;

namespace Auralis.Audio.Tests.Instruments;

public sealed class SampleRateConversionTests
{
    private static SampleData Sine(double hertz, int rate, double seconds) =>
        new([Enumerable.Range(0, (int)(seconds * rate)).Select(i => (float)(0.5 * Math.Sin(2 * Math.PI * hertz * i / rate))).ToArray()], rate);

    [Theory]
    [InlineData(44_100, 48_000)]
    [InlineData(22_050, 48_000)]
    [InlineData(96_000, 48_000)]
    public void A_converted_tone_keeps_its_pitch_level_length_and_start(int from, int to)
    {
        var converted = SampleRateConversion.To(Sine(440, from, 1), to);

        var detector = new YinPitchDetector(to);
        var estimate = detector.Detect(converted.Channels[0].AsSpan(to / 4, detector.FrameLength));
        Assert.Equal(to, converted.SampleRate);
        Assert.Equal(to, converted.Frames);
        Assert.InRange(NoteReading.CentsBetween(440, estimate.Hertz), -1, 1);
        Assert.InRange(InstrumentProbe.Rms(converted.Channels[0], to / 4, to * 3 / 4), 0.34, 0.37);
        // The resampler's latency is taken off: the sine still crosses zero upwards at its first frame, not a few frames late.
        Assert.InRange(converted.Channels[0][2], 0.01f, 0.2f);
    }

    [Fact]
    public void A_sample_at_the_output_rate_is_kept_as_it_is_and_conversion_repeats_exactly()
    {
        var sample = Sine(440, 44_100, 0.2);

        Assert.Same(sample, SampleRateConversion.To(sample, 44_100));
        Assert.Equal(SampleRateConversion.To(sample, 48_000).Channels[0], SampleRateConversion.To(sample, 48_000).Channels[0]);
    }
}
