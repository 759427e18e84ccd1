using Auralis.Music.Randomness;

namespace Auralis.Music.Tests.Randomness;

public sealed class SeededRandomTests
{
    // The reference xoshiro256starstar.c from state {1, 2, 3, 4}.
    private static readonly ulong[] ReferenceFromState1234 =
    [
        11520, 0, 1509978240, 1215971899390074240, 1216172134540287360,
        607988272756665600, 16172922978634559625, 8476171486693032832,
        10595114339597558777, 2904607092377533576,
    ];

    [Fact]
    public void Xoshiro256_star_star_matches_the_reference_implementation()
    {
        var random = SeededRandom.FromState(new GeneratorState(1, 2, 3, 4));

        var produced = Enumerable.Range(0, ReferenceFromState1234.Length).Select(_ => random.NextUInt64()).ToArray();

        Assert.Equal(ReferenceFromState1234, produced);
    }

    [Fact]
    public void SplitMix64_matches_the_reference_implementation()
    {
        var mixer = new SplitMix64(1234567);

        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];
        var produced = expected.Select(_ => mixer.Next()).ToArray();

        Assert.Equal(expected, produced);
    }

    [Fact]
    public void A_seed_is_expanded_by_SplitMix64_as_the_reference_recommends()
    {
        var random = new SeededRandom(42);

        Assert.Equal(1546998764402558742UL, random.NextUInt64());
        Assert.Equal(6990951692964543102UL, random.NextUInt64());
        Assert.Equal(12544586762248559009UL, random.NextUInt64());
    }

    [Fact]
    public void Named_streams_are_repeatable_and_distinct()
    {
        var soprano = SeededRandom.ForStream(7, "voices/soprano");
        var sopranoAgain = SeededRandom.ForStream(7, "voices/soprano");
        var bass = SeededRandom.ForStream(7, "voices/bass");
        var otherSession = SeededRandom.ForStream(8, "voices/soprano");

        var first = Draw(soprano);

        Assert.Equal(first, Draw(sopranoAgain));
        Assert.NotEqual(first, Draw(bass));
        Assert.NotEqual(first, Draw(otherSession));

        static ulong[] Draw(SeededRandom random) => [random.NextUInt64(), random.NextUInt64(), random.NextUInt64()];
    }

    [Fact]
    public void A_saved_state_forks_an_identical_stream()
    {
        var random = new SeededRandom(99);
        random.NextUInt64();

        var fork = SeededRandom.FromState(random.State);

        Assert.Equal(random.NextUInt64(), fork.NextUInt64());
    }

    [Fact]
    public void Bounded_integers_stay_in_range_and_cover_it_evenly()
    {
        var random = new SeededRandom(3);
        var counts = new int[7];

        for (var i = 0; i < 70_000; i++)
        {
            counts[random.NextInt(7)]++;
        }

        Assert.All(counts, count => Assert.InRange(count, 9_500, 10_500));
    }

    [Fact]
    public void Doubles_lie_in_the_unit_interval_with_mean_one_half()
    {
        var random = new SeededRandom(5);
        var values = Enumerable.Range(0, 50_000).Select(_ => random.NextDouble()).ToArray();

        Assert.All(values, v => Assert.InRange(v, 0.0, 0.9999999999999999));
        Assert.InRange(values.Average(), 0.49, 0.51);
    }

    [Fact]
    public void Gaussians_have_zero_mean_and_unit_spread()
    {
        var random = new SeededRandom(11);
        var values = Enumerable.Range(0, 50_000).Select(_ => random.NextGaussian()).ToArray();
        var mean = values.Average();
        var variance = values.Select(v => (v - mean) * (v - mean)).Average();

        Assert.InRange(mean, -0.02, 0.02);
        Assert.InRange(variance, 0.97, 1.03);
    }

    [Fact]
    public void Weighted_choice_never_picks_a_zero_weight()
    {
        var random = new SeededRandom(13);
        double[] weights = [0, 3, 0, 1];

        var picks = Enumerable.Range(0, 4000).Select(_ => random.ChooseWeighted(weights)).ToArray();

        Assert.DoesNotContain(0, picks);
        Assert.DoesNotContain(2, picks);
        Assert.InRange(picks.Count(p => p == 1), 2800, 3200);
    }

    [Fact]
    public void A_block_of_singles_is_the_stream_of_single_draws_and_leaves_the_generator_where_they_would()
    {
        var one = new SeededRandom(0x0D5);
        var block = new SeededRandom(0x0D5);
        var expected = Enumerable.Range(0, 1001).Select(_ => one.NextSingle()).ToArray();

        var drawn = new float[1000];
        block.NextSingles(drawn);

        Assert.Equal(expected[..1000], drawn);
        Assert.Equal(expected[1000], block.NextSingle());
    }

    [Fact]
    public void Bad_arguments_are_refused_clearly()
    {
        var random = new SeededRandom(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => random.NextInt(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => random.NextInt(5, 5));
        Assert.Throws<ArgumentException>(() => random.Choose(Array.Empty<int>()));
        Assert.Throws<ArgumentException>(() => random.ChooseWeighted([0.0, 0.0]));
        Assert.Throws<ArgumentException>(() => SeededRandom.FromState(default));
        Assert.Throws<ArgumentException>(() => SeededRandom.ForStream(1, ""));
    }
}
