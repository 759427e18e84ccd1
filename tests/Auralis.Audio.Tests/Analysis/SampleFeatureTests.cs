using Auralis.Audio.Analysis;
using Auralis.Audio.Codecs;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Tests.Analysis;

public sealed class SampleFeatureTests
{
    [Theory]
    [InlineData(44_100, 440.0)]
    [InlineData(44_100, 2_500.0)]
    [InlineData(48_000, 1_000.0)]
    [InlineData(48_000, 6_000.0)]
    public void The_spectral_centroid_of_a_sine_is_its_frequency(int sampleRate, double hertz)
    {
        var centroid = SpectralCentroid.Of(Signals.Sine(hertz, sampleRate, 0.5), sampleRate);

        Assert.InRange(centroid / hertz, 0.98, 1.02);
    }

    [Fact]
    public void White_noise_is_brighter_than_any_tone_below_five_kilohertz() =>
        Assert.True(SpectralCentroid.Of(Signals.Noise(48_000, 0.5, new SeededRandom(5)), 48_000) > 10_000);

    [Theory]
    [InlineData(44_100, 100.0)]
    [InlineData(44_100, 1_234.5)]
    [InlineData(48_000, 440.0)]
    [InlineData(48_000, 5_000.0)]
    public void The_zero_crossing_rate_of_a_sine_is_twice_its_frequency_over_the_sample_rate(int sampleRate, double hertz)
    {
        var rate = ZeroCrossings.Rate(Signals.Sine(hertz, sampleRate, 1, phase: 0.3));

        Assert.Equal(2 * hertz / sampleRate, rate, 2 * hertz / sampleRate * 0.005);
    }

    [Theory]
    [InlineData(44_100)]
    [InlineData(48_000)]
    public void The_onsets_of_a_click_track_are_found_within_ten_milliseconds(int sampleRate)
    {
        double[] clicks = [0.1, 0.35, 0.5, 0.62, 1.0, 1.125, 1.6];
        var audio = Signals.Clicks(sampleRate, 2, clicks, new SeededRandom(42));

        var onsets = OnsetDetector.Detect(audio, sampleRate);

        Assert.Equal(clicks.Length, onsets.Count);
        for (var i = 0; i < clicks.Length; i++)
        {
            Assert.InRange(onsets[i] - clicks[i], -0.01, 0.01);
        }
    }

    [Fact]
    public void A_tone_that_enters_after_silence_has_one_onset_where_it_enters()
    {
        var audio = new float[48_000];
        Signals.Harmonic(330, 48_000, 0.6).CopyTo(audio, 14_400);
        for (var i = 0; i < 480; i++)
        {
            // A 10 ms fade-out, or the cut at the end would be a click of its own.
            audio[14_400 + 28_800 - 480 + i] *= 1 - (i / 480f);
        }

        var onset = Assert.Single(OnsetDetector.Detect(audio, 48_000));

        Assert.InRange(onset, 0.29, 0.31);
    }

    [Fact]
    public void Silence_has_no_onsets() => Assert.Empty(OnsetDetector.Detect(new float[10_000], 44_100));

    [Fact]
    public void A_sine_sample_has_its_duration_level_peak_and_pitch()
    {
        var features = SampleAnalyzer.Analyze(Signals.Sine(220, 48_000, 1.5, amplitude: 0.5), 48_000);

        Assert.Equal(1.5, features.DurationSeconds, 1e-9);
        Assert.Equal(0.5 / Math.Sqrt(2), features.Rms, 1e-3);
        Assert.Equal(0.5, features.Peak, 1e-3);
        Assert.NotNull(features.PitchHertz);
        Assert.InRange(NoteReading.CentsBetween(220, features.PitchHertz.Value), -2, 2);
        Assert.Equal("A3", features.Note?.Name);
        Assert.Single(features.OnsetSeconds);
    }

    [Fact]
    public void A_decaying_pluck_is_pitched_although_its_tail_is_silent()
    {
        var pluck = Decaying(Signals.Harmonic(146.83, 44_100, 2), 44_100, 0.15);

        var features = SampleAnalyzer.Analyze(pluck, 44_100);

        Assert.Equal("D3", features.Note?.Name);
    }

    [Fact]
    public void A_noise_burst_is_unpitched() =>
        Assert.Null(SampleAnalyzer.Analyze(Decaying(Signals.Noise(44_100, 0.3, new SeededRandom(9)), 44_100, 0.05), 44_100).PitchHertz);

    [Fact]
    public void A_stereo_wav_is_analysed_as_its_mono_fold()
    {
        var mono = Signals.Sine(440, 44_100, 0.5);
        var stereo = mono.SelectMany(s => new[] { s, s }).ToArray();

        var features = SampleAnalyzer.Analyze(new WavAudio(44_100, 2, stereo));

        Assert.Equal(SampleAnalyzer.Analyze(mono, 44_100) with { OnsetSeconds = features.OnsetSeconds }, features);
    }

    [Fact]
    public void The_unpitched_analysis_and_the_pitch_alone_are_the_two_halves_of_the_whole()
    {
        var pluck = Decaying(Signals.Harmonic(146.83, 44_100, 2), 44_100, 0.15);

        var whole = SampleAnalyzer.Analyze(pluck, 44_100);
        var unpitched = SampleAnalyzer.AnalyzeUnpitched(pluck, 44_100);

        Assert.NotNull(whole.PitchHertz);
        Assert.Null(unpitched.PitchHertz);
        Assert.Equal(whole.PitchHertz, SampleAnalyzer.PitchOf(pluck, 44_100));
        Assert.Equal(whole, unpitched with { PitchHertz = whole.PitchHertz, OnsetSeconds = whole.OnsetSeconds });
        Assert.Equal(whole.OnsetSeconds, unpitched.OnsetSeconds);
    }

    [Fact]
    public void Bad_audio_is_refused_with_an_argument_exception()
    {
        Assert.Throws<ArgumentException>(() => SampleAnalyzer.Analyze([], 44_100));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleAnalyzer.Analyze(new float[100], 0));
        Assert.Throws<ArgumentException>(() => SampleAnalyzer.Analyze([0f, float.NaN, 0f], 44_100));
        Assert.Throws<ArgumentException>(() => SpectralCentroid.Of([float.PositiveInfinity], 44_100));
        Assert.Throws<ArgumentException>(() => OnsetDetector.Detect([], 44_100));
        Assert.Throws<ArgumentException>(() => ZeroCrossings.Rate([]));
        Assert.Throws<ArgumentException>(() => SampleAnalyzer.Analyze(new WavAudio(44_100, 2, [])));
        Assert.Throws<ArgumentException>(() => SampleAnalyzer.AnalyzeUnpitched([], 44_100));
        Assert.Throws<ArgumentException>(() => SampleAnalyzer.PitchOf([0f, float.NaN], 44_100));
    }

    /// <summary><paramref name="samples"/> under an exponential decay with time constant <paramref name="seconds"/>, in place.</summary>
    internal static float[] Decaying(float[] samples, int sampleRate, double seconds)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] *= (float)Math.Exp(-i / (seconds * sampleRate));
        }

        return samples;
    }
}
