using Auralis.Audio.Analysis;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Tests.Analysis;

public sealed class YinPitchDetectorTests
{
    [Theory]
    [InlineData(44_100)]
    [InlineData(48_000)]
    public void Yin_finds_a_440_hz_sine_within_a_cent(int sampleRate)
    {
        var detector = new YinPitchDetector(sampleRate);

        var estimate = detector.Detect(Signals.Sine(440, sampleRate, 0.1));

        Assert.True(estimate.IsVoiced);
        Assert.InRange(NoteReading.CentsBetween(440, estimate.Hertz), -1, 1);
        Assert.True(estimate.Confidence > 0.95, $"confidence {estimate.Confidence}");
    }

    [Theory]
    [InlineData(44_100, 55.0)]
    [InlineData(44_100, 110.0)]
    [InlineData(44_100, 233.08)]
    [InlineData(44_100, 440.0)]
    [InlineData(44_100, 987.77)]
    [InlineData(44_100, 1760.0)]
    [InlineData(48_000, 55.0)]
    [InlineData(48_000, 146.83)]
    [InlineData(48_000, 329.63)]
    [InlineData(48_000, 622.25)]
    [InlineData(48_000, 1318.51)]
    [InlineData(48_000, 1760.0)]
    public void Yin_tracks_clean_sines_and_harmonic_tones_with_a_median_error_under_five_cents(int sampleRate, double hertz)
    {
        foreach (var signal in new[] { Signals.Sine(hertz, sampleRate, 0.5), Signals.Harmonic(hertz, sampleRate, 0.5) })
        {
            var track = PitchTrack.Of(signal, sampleRate);

            Assert.All(track.Frames, f => Assert.True(f.Estimate.IsVoiced));
            var median = Signals.Median(track.Frames.Select(f => Math.Abs(NoteReading.CentsBetween(hertz, f.Estimate.Hertz))));
            Assert.True(median < 5, $"{hertz} Hz at {sampleRate}: median error {median:0.00} cents");
        }
    }

    [Theory]
    [InlineData(44_100, 50.0)]
    [InlineData(44_100, 2_000.0)]
    [InlineData(48_000, 50.0)]
    [InlineData(48_000, 2_000.0)]
    public void Yin_hears_the_edges_of_its_default_range(int sampleRate, double hertz)
    {
        var estimate = new YinPitchDetector(sampleRate).Detect(Signals.Harmonic(hertz, sampleRate, 0.1));

        Assert.True(estimate.IsVoiced);
        Assert.InRange(NoteReading.CentsBetween(hertz, estimate.Hertz), -5, 5);
    }

    [Fact]
    public void A_harmonic_tone_with_a_weak_fundamental_is_not_heard_an_octave_up()
    {
        var estimate = new YinPitchDetector(48_000).Detect(Signals.Harmonic(110, 48_000, 0.1));

        Assert.InRange(NoteReading.CentsBetween(110, estimate.Hertz), -5, 5);
    }

    [Fact]
    public void The_fft_difference_function_equals_the_definition()
    {
        var detector = new YinPitchDetector(44_100);
        var signal = Signals.WithNoise(Signals.Harmonic(196, 44_100, 0.1), 10, new SeededRandom(7));

        detector.Detect(signal);
        var direct = YinPitchDetector.DifferenceDirect(signal, detector.Window, detector.MaxLag);

        for (var lag = 1; lag <= detector.MaxLag; lag++)
        {
            Assert.Equal(direct[lag], detector.LastDifference[lag], 1e-6 * direct[lag] + 1e-9);
        }
    }

    [Fact]
    public void White_noise_is_unvoiced()
    {
        var track = PitchTrack.Of(Signals.Noise(44_100, 1, new SeededRandom(11)), 44_100);

        Assert.True(track.VoicedRate < 0.05, $"voiced rate {track.VoicedRate:P0}");
    }

    [Fact]
    public void Silence_is_unvoiced_with_no_confidence()
    {
        var estimate = new YinPitchDetector(48_000).Detect(new float[4096]);

        Assert.Equal(PitchEstimate.Unvoiced, estimate);
        Assert.False(estimate.IsVoiced);
    }

    [Fact]
    public void A_pitch_below_the_range_is_unvoiced_rather_than_guessed()
    {
        var estimate = new YinPitchDetector(48_000, new YinOptions(MinHertz: 200)).Detect(Signals.Sine(80, 48_000, 0.1));

        Assert.False(estimate.IsVoiced);
    }

    [Fact]
    public void Detection_allocates_nothing_in_steady_state()
    {
        var detector = new YinPitchDetector(48_000);
        var signal = Signals.Harmonic(220, 48_000, 0.2);
        var sum = 0.0;
        void Blocks()
        {
            for (var start = 0; start + detector.FrameLength <= signal.Length; start += 480)
            {
                sum += detector.Detect(signal.AsSpan(start)).Hertz;
            }
        }

        SteadyState.WarmUp(Blocks);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 20; round++)
        {
            Blocks();
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.True(sum > 0);
    }

    [Fact]
    public void Bad_input_is_refused_with_an_argument_exception()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new YinPitchDetector(0));
        Assert.Throws<ArgumentException>(() => new YinPitchDetector(8_000, new YinOptions(MaxHertz: 4_000)));
        Assert.Throws<ArgumentException>(() => new YinPitchDetector(48_000, new YinOptions(Threshold: 0)));
        var detector = new YinPitchDetector(48_000);
        Assert.Throws<ArgumentException>(() => detector.Detect(new float[100]));
        var nan = new float[detector.FrameLength];
        nan[17] = float.NaN;
        Assert.Throws<ArgumentException>(() => detector.Detect(nan));
        Assert.Throws<ArgumentException>(() => PitchTrack.Of([], 48_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => PitchTrack.Of(new float[10], 0));
    }
}
