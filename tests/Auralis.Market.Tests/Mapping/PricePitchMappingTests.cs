using Auralis.Market.Mapping;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;

namespace Auralis.Market.Tests.Mapping;

public sealed class PricePitchMappingTests
{
    private static readonly Key CMajor = Key.Parse("C major");
    private static readonly Pitch C3 = Pitch.Parse("C3");
    private static readonly Pitch C4 = Pitch.Parse("C4");
    private static readonly Pitch C6 = Pitch.Parse("C6");

    [Theory]
    [InlineData(1.0, 1.0, 2.0)]
    [InlineData(1.0, 2.0, 4.0)]
    [InlineData(1.0, 0.5, 1.0)]
    [InlineData(-0.25, 4.0, -2.0)]
    [InlineData(3.0, 0.1, 0.6)]
    public void Semitones_are_the_change_divided_by_the_base_step_over_the_sensitivity(double changePercent, double sensitivity, double semitones)
    {
        var mapping = new PricePitchMapping(CMajor, C3, C6, sensitivity);

        Assert.Equal(semitones, mapping.Semitones(changePercent), 12);
    }

    [Fact]
    public void A_known_move_lands_on_the_expected_scale_tone()
    {
        var mapping = new PricePitchMapping(CMajor, C3, C6);

        Assert.Equal(Pitch.Parse("G4"), mapping.Map(Pitch.Parse("E4"), 1.5));
        Assert.Equal(Pitch.Parse("F4"), mapping.Map(Pitch.Parse("E4"), 1.0));
        Assert.Equal(Pitch.Parse("A3"), mapping.Map(C4, -1.5));
        Assert.Equal(mapping.Map(C4, 2.0), mapping.Map(100.0, C4, 102.0));
    }

    [Theory]
    [InlineData("C major", 0.1)]
    [InlineData("C major", 1.0)]
    [InlineData("D dorian", 3.0)]
    [InlineData("F# minor pentatonic", 10.0)]
    [InlineData("Bb blues", 0.7)]
    public void A_larger_rise_never_gives_a_lower_pitch(string key, double sensitivity)
    {
        var mapping = new PricePitchMapping(Key.Parse(key), C3, C6, sensitivity);
        var from = Pitch.Parse("E4");

        var pitches = Enumerable.Range(-4000, 8001).Select(i => mapping.Map(from, i * 0.005)).ToList();

        Assert.All(pitches.Zip(pitches.Skip(1)), pair => Assert.True(pair.First <= pair.Second, $"{pair.First} then {pair.Second}"));
        Assert.True(pitches[^1] > pitches[0]);
    }

    [Fact]
    public void A_higher_sensitivity_moves_the_melody_further_for_the_same_change()
    {
        var sensitivities = new[] { 0.1, 0.5, 1.0, 2.0, 5.0, 10.0 };
        var mappings = sensitivities.Select(s => new PricePitchMapping(CMajor, C3, C6, s)).ToList();

        foreach (var change in new[] { 0.2, 0.5, 1.0, 3.0 })
        {
            var rises = mappings.Select(mapping => mapping.Map(C4, change)).ToList();
            var falls = mappings.Select(mapping => mapping.Map(C4, -change)).ToList();

            Assert.All(rises.Zip(rises.Skip(1)), pair => Assert.True(pair.First <= pair.Second));
            Assert.All(falls.Zip(falls.Skip(1)), pair => Assert.True(pair.First >= pair.Second));
            Assert.True(rises[^1] > rises[0] && falls[^1] < falls[0], $"a {change} % move must be heard further at sensitivity 10 than at 0.1");
        }
    }

    [Fact]
    public void Moves_past_the_range_stop_at_its_highest_and_lowest_scale_tones()
    {
        // C#5 is not in C major, so the highest tone the voice may reach is C5; likewise the lowest is C3, not B2.
        var mapping = new PricePitchMapping(CMajor, Pitch.Parse("B2") + 1, Pitch.Parse("C#5"), 10);

        Assert.Equal(Pitch.Parse("C5"), mapping.Map(C4, 40));
        Assert.Equal(Pitch.Parse("C5"), mapping.Map(C4, 1e12));
        Assert.Equal(C3, mapping.Map(C4, -60));
        Assert.Equal(C3, mapping.Map(C3 - 12, 0));
    }

    [Fact]
    public void Every_pitch_it_gives_is_in_the_key_and_in_the_range()
    {
        var random = new SeededRandom(99);
        var low = Pitch.Parse("G2");
        var high = Pitch.Parse("E5");
        foreach (var key in new[] { "C major", "Eb minor", "A harmonic minor", "E phrygian", "G major pentatonic", "C whole tone" })
        {
            var mapping = new PricePitchMapping(Key.Parse(key), low, high, 0.1 + (random.NextDouble() * 9.9));
            var pitch = Pitch.Parse("C4");
            for (var step = 0; step < 2_000; step++)
            {
                pitch = mapping.Map(pitch, random.NextGaussian() * 3);

                Assert.True(mapping.Key.Contains(pitch), $"{pitch} is not in {key}");
                Assert.InRange(pitch.MidiNumber, low.MidiNumber, high.MidiNumber);
            }
        }
    }

    [Fact]
    public void Out_of_range_settings_are_refused_with_a_reason()
    {
        Assert.Contains("0.1..10", Assert.Throws<ArgumentOutOfRangeException>(() => new PricePitchMapping(CMajor, C3, C6, sensitivity: 0.05)).Message);
        Assert.Contains("0.1..10", Assert.Throws<ArgumentOutOfRangeException>(() => new PricePitchMapping(CMajor, C3, C6, sensitivity: 11)).Message);
        Assert.Contains("base step", Assert.Throws<ArgumentOutOfRangeException>(() => new PricePitchMapping(CMajor, C3, C6, baseStepPercent: 0)).Message);
        Assert.Contains("below its low", Assert.Throws<ArgumentException>(() => new PricePitchMapping(CMajor, C6, C3)).Message);
        Assert.Contains("no tone", Assert.Throws<ArgumentException>(() => new PricePitchMapping(CMajor, Pitch.Parse("C#4"), Pitch.Parse("C#4"))).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PricePitchMapping(CMajor, C3, C6).Map(0, C4, 100));
    }
}
