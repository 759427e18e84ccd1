using Auralis.Music.Markov;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;

namespace Auralis.Music.Tests.Markov;

public sealed class MarkovChordsTests
{
    private static readonly string[][] Examples =
    [
        ["I", "vi", "IV", "V", "I"],
        ["I", "IV", "V", "vi", "IV", "V", "I"],
        ["ii7", "V7", "I", "vi", "ii7", "V7", "I"],
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Generated_progressions_use_only_trained_transitions(int order)
    {
        var model = MarkovChords.Train(order, Examples);
        var trained = Examples.SelectMany(e => e.Zip(e.Skip(1))).ToHashSet();
        var openings = Examples.Select(e => e[0]).ToHashSet();

        var chords = model.Generate(2000, new SeededRandom(5));

        for (var i = 1; i < chords.Count; i++)
        {
            var pair = (chords[i - 1], chords[i]);
            Assert.True(trained.Contains(pair) || openings.Contains(chords[i]), $"{pair} was never trained");
        }
    }

    [Fact]
    public void Second_order_transitions_follow_the_trained_pairs()
    {
        var model = MarkovChords.Train(2, Examples);
        var pairs = Examples.SelectMany(e => e.Zip(e.Skip(1), e.Skip(2))).Select(t => (t.First, t.Second, t.Third)).ToHashSet();

        var chords = model.Generate(3000, new SeededRandom(6));

        for (var i = 2; i < chords.Count; i++)
        {
            var (before, from) = (chords[i - 2], chords[i - 1]);
            if (pairs.Any(t => t.First == before && t.Second == from))
            {
                Assert.Contains((before, from, chords[i]), pairs);
            }
            else
            {
                // A pair never continued in training (an example's ending): the model backs off to first order.
                Assert.True(model.Probability(from, chords[i]) > 0 || Examples.Any(e => e[0] == chords[i]));
            }
        }
    }

    [Fact]
    public void Transition_frequencies_approach_the_trained_probabilities()
    {
        var model = MarkovChords.Train(1, Examples);
        var chords = model.Generate(20_000, new SeededRandom(7));
        var fromV = chords.Zip(chords.Skip(1)).Where(p => p.First == "V").Select(p => p.Second).ToArray();

        Assert.Equal(model.Probability("V", "I"), fromV.Count(c => c == "I") / (double)fromV.Length, 2);
        Assert.Equal(2 / 3.0, model.Probability("V", "I"), 9);
        Assert.Equal(1 / 3.0, model.Probability("V", "vi"), 9);
        Assert.Equal(0, model.Probability("V", "IV"), 9);
    }

    [Fact]
    public void The_same_seed_gives_the_same_progression_and_chords_resolve_in_a_key()
    {
        var model = MarkovChords.Train(2, Examples);

        Assert.Equal(model.Generate(50, new SeededRandom(1)), model.Generate(50, new SeededRandom(1)));
        Assert.NotEqual(model.Generate(50, new SeededRandom(1)), model.Generate(50, new SeededRandom(2)));
        Assert.All(model.GenerateIn(Key.Parse("E"), 20, new SeededRandom(3)), chord => Assert.NotNull(chord.Symbol));
    }

    [Fact]
    public void Bad_training_data_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MarkovChords.Train(1));
        Assert.Throws<ArgumentException>(() => MarkovChords.Train(1, ["I", "Q7"]));
        Assert.Throws<ArgumentException>(() => MarkovChords.Train(1, Array.Empty<string>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MarkovChords(3));
        Assert.Throws<InvalidOperationException>(() => new MarkovChords().Generate(4, new SeededRandom(1)));
    }
}
