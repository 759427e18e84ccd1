using Auralis.Music.Form;
using Auralis.Music.Harmony;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Music.Tests.Harmony;

public sealed class PhrasePlannerTests
{
    private static readonly TimeSignature Common = TimeSignature.CommonTime;

    private static List<IReadOnlyList<PlannedChord>> Phrases(ulong seed, Regime regime, int phrases, string metre = "4/4")
    {
        var signature = TimeSignature.Parse(metre);
        var form = new FormConductor(new SeededRandom(seed));
        var planner = new PhrasePlanner(new SeededRandom(seed + 100));
        var planned = new List<IReadOnlyList<PlannedChord>>();
        for (var bar = 0; planned.Count < phrases; bar++)
        {
            var moment = form.NextBar();
            if (moment.IsPhraseStart)
            {
                planned.Add(planner.Plan(moment, regime, ModeFamily.Major, signature, (long)bar * signature.TicksPerBar));
            }
        }

        return planned;
    }

    [Theory]
    [InlineData(Regime.Bull)]
    [InlineData(Regime.Bear)]
    [InlineData(Regime.Sideways)]
    [InlineData(Regime.Volatile)]
    public void A_forced_regime_still_plays_several_loops_and_chords_of_several_lengths(Regime regime)
    {
        var phrases = Phrases(1, regime, 30);

        var loops = phrases.Select(p => string.Join(' ', p.Select(c => $"{c.Degree}/{c.LengthTicks}"))).ToArray();
        var chords = phrases.SelectMany(p => p).ToArray();
        Assert.True(loops.Distinct().Count() >= 3, string.Join(" | ", loops.Distinct()));
        Assert.True(chords.Select(c => c.Degree).Distinct().Count() >= 6, string.Join(' ', chords.Select(c => c.Degree).Distinct()));
        Assert.True(chords.Count(c => c.LengthTicks != Common.TicksPerBar) >= 0.15 * chords.Length);
        var longestRun = loops.Select((loop, i) => loops.Skip(i).TakeWhile(l => l == loop).Count()).Max();
        Assert.True(longestRun <= 4, $"a loop {longestRun} times in a row");
    }

    [Fact]
    public void Every_phrase_fills_its_four_bars_and_ends_on_a_cadence()
    {
        foreach (var phrase in Phrases(2, Regime.Bull, 20))
        {
            Assert.Equal(4 * Common.TicksPerBar, phrase.Sum(c => c.LengthTicks));
            Assert.Contains(phrase[^1].Degree, new[] { "I", "V" });
            if (phrase[^1].Degree == "I" && phrase.Count >= 3)
            {
                Assert.Equal("V7", phrase[^2].Degree);
            }
        }
    }

    [Fact]
    public void Metres_without_a_half_bar_change_chord_only_on_bar_lines()
    {
        var waltz = TimeSignature.Parse("3/4");

        Assert.All(Phrases(3, Regime.Volatile, 20, "3/4").SelectMany(p => p), chord => Assert.Equal(0, chord.LengthTicks % waltz.TicksPerBar));
    }

    [Fact]
    public void A_secondary_dominant_is_the_dominant_seventh_of_the_chord_it_leads_to()
    {
        var key = Key.Parse("C major");
        var phrases = Phrases(4, Regime.Bull, 60);
        var pairs = phrases.SelectMany(p => p.Zip(p.Skip(1))).Where(pair => pair.First.SecondaryDominant).ToArray();

        Assert.NotEmpty(pairs);
        foreach (var (dominant, resolution) in pairs)
        {
            var chord = dominant.ChordIn(key);
            Assert.Equal(ChordQuality.Dominant7, chord.Quality);
            Assert.Equal(resolution.ChordIn(key).Root, chord.Root - 7);
            Assert.StartsWith("V7/", dominant.Degree);
        }
    }
}
