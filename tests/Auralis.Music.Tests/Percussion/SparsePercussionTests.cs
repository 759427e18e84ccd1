using Auralis.Music.Percussion;
using Auralis.Music.Randomness;
using Auralis.Music.Time;

namespace Auralis.Music.Tests.Percussion;

public sealed class SparsePercussionTests
{
    private static double AverageHitsPerBar(double intensity, TimeSignature signature, int bars = 300)
    {
        var random = new SeededRandom(21);
        return Enumerable.Range(0, bars)
            .Sum(bar => SparsePercussion.Bar(bar * (long)signature.TicksPerBar, signature, intensity, random).Count) / (double)bars;
    }

    [Fact]
    public void Density_grows_with_intensity()
    {
        double[] levels = [0, 0.2, 0.4, 0.6, 0.8, 1];

        var densities = levels.Select(level => AverageHitsPerBar(level, TimeSignature.CommonTime)).ToArray();

        Assert.All(densities.Zip(densities.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"{pair.First} then {pair.Second}"));
        Assert.InRange(densities[0], 0.2, 0.6);
        Assert.InRange(densities[^1], 16, 40);
    }

    [Theory]
    [InlineData("4/4")]
    [InlineData("3/4")]
    [InlineData("7/8")]
    public void Hits_stay_inside_their_bar_and_a_moderate_groove_kicks_every_downbeat(string metre)
    {
        var signature = TimeSignature.Parse(metre);
        var random = new SeededRandom(4);

        for (var bar = 0L; bar < 50; bar++)
        {
            var start = bar * signature.TicksPerBar;
            var hits = SparsePercussion.Bar(start, signature, 0.5, random);
            Assert.All(hits, hit => Assert.InRange(hit.Tick, start, start + signature.TicksPerBar - 1));
            Assert.All(hits, hit => Assert.InRange(hit.Velocity, 1, 127));
            Assert.Contains(new DrumHit(start, Drum.Kick, hits.First(h => h.Drum == Drum.Kick).Velocity), hits);
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_groove_and_a_different_seed_another()
    {
        IReadOnlyList<DrumHit> Groove(ulong seed)
        {
            var random = new SeededRandom(seed);
            return Enumerable.Range(0, 8).SelectMany(bar => SparsePercussion.Bar(bar * 1920L, TimeSignature.CommonTime, 0.7, random)).ToArray();
        }

        Assert.Equal(Groove(1), Groove(1));
        Assert.NotEqual(Groove(1), Groove(2));
    }

    [Fact]
    public void Changing_the_intensity_of_one_bar_does_not_change_the_next()
    {
        var calm = new SeededRandom(9);
        var busy = new SeededRandom(9);
        SparsePercussion.Bar(0, TimeSignature.CommonTime, 0.1, calm);
        SparsePercussion.Bar(0, TimeSignature.CommonTime, 0.9, busy);

        Assert.Equal(
            SparsePercussion.Bar(1920, TimeSignature.CommonTime, 0.5, calm),
            SparsePercussion.Bar(1920, TimeSignature.CommonTime, 0.5, busy));
    }

    [Fact]
    public void Accents_always_sound_and_are_struck_harder()
    {
        var random = new SeededRandom(3);
        long[] accents = [360, 1320];

        var hits = SparsePercussion.Bar(0, TimeSignature.CommonTime, 0, random, accents);

        Assert.All(accents, tick => Assert.Contains(hits, hit => hit.Tick == tick && hit.Velocity >= 80));
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var random = new SeededRandom(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => SparsePercussion.Bar(0, TimeSignature.CommonTime, 1.5, random));
        Assert.Throws<ArgumentOutOfRangeException>(() => SparsePercussion.Bar(-1, TimeSignature.CommonTime, 0.5, random));
    }
}
