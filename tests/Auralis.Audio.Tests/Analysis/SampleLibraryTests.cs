using Auralis.Audio.Analysis;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Tests.Analysis;

public sealed class SampleLibraryTests
{
    private const int Rate = 44_100;

    [Fact]
    public void A_fresh_recording_of_a_kind_of_sound_finds_the_sample_of_that_kind()
    {
        var library = Library();

        Assert.Equal("snare", library.Nearest(SampleRequest.Like(SampleAnalyzer.Analyze(Snare(new SeededRandom(99)), Rate)))?.Name);
        Assert.Equal("kick", library.Nearest(SampleRequest.Like(SampleAnalyzer.Analyze(Kick(62), Rate)))?.Name);
        Assert.Equal("hat", library.Nearest(SampleRequest.Like(SampleAnalyzer.Analyze(Hat(new SeededRandom(98)), Rate)))?.Name);
    }

    [Fact]
    public void A_request_for_a_pitch_finds_the_pitched_sample_nearest_it()
    {
        var library = Library();

        Assert.Equal("pad-a3", library.Nearest(new SampleRequest(PitchHertz: 233))?.Name);
        Assert.Equal("lead-a5", library.Nearest(new SampleRequest(PitchHertz: 700))?.Name);
        Assert.Equal("bass-a1", library.Nearest(new SampleRequest(PitchHertz: 40))?.Name);
    }

    [Fact]
    public void A_request_for_short_bright_noise_finds_the_hat()
    {
        var match = Library().Nearest(new SampleRequest(DurationSeconds: 0.05, SpectralCentroidHertz: 9_000, Pitched: false));

        Assert.Equal("hat", match?.Name);
    }

    [Fact]
    public void Weights_decide_which_likeness_matters()
    {
        var library = Library();

        // A long sound near A1: by length alone it is the pad, by pitch alone the bass.
        var request = new SampleRequest(DurationSeconds: 2, PitchHertz: 54);
        Assert.Equal("pad-a3", library.Nearest(request, new FeatureWeights(Pitch: 0, Pitched: 0))?.Name);
        Assert.Equal("bass-a1", library.Nearest(request, new FeatureWeights(Duration: 0))?.Name);
    }

    [Fact]
    public void Ranking_is_nearest_first_and_an_exact_match_is_at_distance_zero()
    {
        var library = Library();
        var snare = library.Find("snare")!;

        var ranked = library.Rank(SampleRequest.Like(snare), 3);

        Assert.Equal("snare", ranked[0].Name);
        Assert.Equal(0, ranked[0].Distance, 12);
        Assert.True(ranked[0].Distance <= ranked[1].Distance && ranked[1].Distance <= ranked[2].Distance);
    }

    [Fact]
    public void Ties_go_to_the_name_that_sorts_first()
    {
        var library = new SampleLibrary();
        var features = SampleAnalyzer.Analyze(Kick(60), Rate);
        library.Add("b", features);
        library.Add("a", features);

        Assert.Equal("a", library.Nearest(new SampleRequest(Rms: 0.1))?.Name);
    }

    [Fact]
    public void An_empty_library_finds_nothing_and_misuse_is_refused()
    {
        var library = new SampleLibrary();
        Assert.Null(library.Nearest(new SampleRequest(Rms: 0.1)));

        var features = SampleAnalyzer.Analyze(Kick(60), Rate);
        library.Add("kick", features);
        Assert.Throws<ArgumentException>(() => library.Add("kick", features));
        Assert.Throws<ArgumentException>(() => library.Add(" ", features));
        Assert.Throws<ArgumentException>(() => library.Nearest(new SampleRequest(DurationSeconds: double.NaN)));
        Assert.Throws<ArgumentException>(() => library.Nearest(new SampleRequest(PitchHertz: 440, Pitched: false)));
        Assert.Throws<ArgumentException>(() => library.Nearest(new SampleRequest(Rms: 0.1), new FeatureWeights(Rms: -1)));
        Assert.True(library.Remove("kick"));
        Assert.Equal(0, library.Count);
    }

    private static SampleLibrary Library()
    {
        var library = new SampleLibrary();
        library.Add("kick", SampleAnalyzer.Analyze(Kick(60), Rate));
        library.Add("snare", SampleAnalyzer.Analyze(Snare(new SeededRandom(1)), Rate));
        library.Add("hat", SampleAnalyzer.Analyze(Hat(new SeededRandom(2)), Rate));
        library.Add("bass-a1", SampleAnalyzer.Analyze(Signals.Harmonic(55, Rate, 1), Rate));
        library.Add("pad-a3", SampleAnalyzer.Analyze(Signals.Harmonic(220, Rate, 2, amplitude: 0.3), Rate));
        library.Add("lead-a5", SampleAnalyzer.Analyze(Signals.Sine(880, Rate, 1.2), Rate));
        return library;
    }

    private static float[] Kick(double hertz) => SampleFeatureTests.Decaying(Signals.Sine(hertz, Rate, 0.4, amplitude: 0.9), Rate, 0.08);

    private static float[] Snare(SeededRandom random)
    {
        var body = Signals.Sine(190, Rate, 0.25, amplitude: 0.3);
        var noise = Signals.Noise(Rate, 0.25, random, sigma: 0.3);
        return SampleFeatureTests.Decaying(body.Zip(noise, (b, n) => b + n).ToArray(), Rate, 0.05);
    }

    // Differenced noise tilts the spectrum up, as a hi-hat's metal does.
    private static float[] Hat(SeededRandom random)
    {
        var noise = Signals.Noise(Rate, 0.06, random, sigma: 0.2);
        var hat = new float[noise.Length];
        for (var i = 1; i < noise.Length; i++)
        {
            hat[i] = noise[i] - noise[i - 1];
        }

        return SampleFeatureTests.Decaying(hat, Rate, 0.015);
    }
}
