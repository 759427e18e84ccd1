using Auralis.Music.Harmony;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Music.Tests.Harmony;

public sealed class HarmonicClockTests
{
    private static readonly Key CMajor = Key.Parse("C");

    private static List<string> Chords(HarmonicClock clock, int beats)
    {
        var symbols = new List<string>();
        for (var i = 0; i < beats; i++)
        {
            symbols.Add(clock.CurrentChord.Symbol);
            clock.Advance();
        }

        return symbols;
    }

    [Fact]
    public void The_chord_moves_through_the_progression_one_chord_a_bar()
    {
        var clock = new HarmonicClock(CMajor, TimeSignature.CommonTime, Regime.Bull);

        var chords = Chords(clock, 20);

        Assert.Equal(["C", "C", "C", "C", "G", "G", "G", "G", "Am", "Am", "Am", "Am", "F", "F", "F", "F", "C", "C", "C", "C"], chords);
    }

    [Fact]
    public void A_regime_change_waits_for_the_next_chord_boundary()
    {
        var clock = new HarmonicClock(CMajor, TimeSignature.CommonTime, Regime.Bull, beatsPerChord: 2);
        clock.Advance();
        clock.ChangeRegime(Regime.Bear);

        Assert.Equal("C", clock.CurrentChord.Symbol);
        Assert.Equal("Am", clock.NextChord.Symbol);
        clock.Advance();
        Assert.Equal(Regime.Bear, clock.Regime);
        Assert.Equal("Am", clock.CurrentChord.Symbol);
        Assert.True(clock.IsChordStart);
    }

    [Fact]
    public void Minor_keys_use_the_minor_table_and_every_regime_has_its_variants()
    {
        var aMinor = Key.Parse("A minor");

        Assert.Equal(["Am", "Dm", "Em", "Am"], RegimeProgressions.In(aMinor, Regime.Bear).Select(c => c.Symbol));
        Assert.Equal("G#dim7", RegimeProgressions.In(aMinor, Regime.Volatile, 1)[0].Symbol);
        foreach (var regime in Enum.GetValues<Regime>())
        {
            foreach (var family in Enum.GetValues<ModeFamily>())
            {
                for (var variant = 0; variant < RegimeProgressions.Variants; variant++)
                {
                    Assert.Equal(4, RegimeProgressions.For(regime, family, variant).Count);
                }
            }
        }
    }

    [Fact]
    public void The_progression_is_never_stuck_on_the_tonic()
    {
        foreach (var regime in Enum.GetValues<Regime>())
        {
            var clock = new HarmonicClock(Key.Parse("D dorian"), TimeSignature.Parse("3/4"), regime);
            Assert.True(Chords(clock, 48).Distinct().Count() >= 2, $"{regime} never leaves its first chord");
        }
    }

    [Fact]
    public void A_restored_clock_continues_identically()
    {
        var clock = new HarmonicClock(CMajor, TimeSignature.Parse("7/8"), Regime.Sideways, beatsPerChord: 3);
        Chords(clock, 11);
        clock.ChangeRegime(Regime.Volatile, 2);

        var restored = HarmonicClock.Restore(CMajor, TimeSignature.Parse("7/8"), 3, clock.State);

        Assert.Equal(Chords(clock, 40), Chords(restored, 40));
    }

    [Fact]
    public void Seeking_keeps_the_harmony_in_step_with_the_bar()
    {
        var clock = new HarmonicClock(CMajor, TimeSignature.CommonTime, Regime.Bull);

        clock.Seek((1920 * 6) + 700);

        Assert.Equal(1920 * 6 + 480, clock.Tick);
        Assert.Equal("Am", clock.CurrentChord.Symbol);
    }

    [Theory]
    [InlineData("bull", Regime.Bull, 0)]
    [InlineData("Bear-3", Regime.Bear, 2)]
    [InlineData("volatile-1", Regime.Volatile, 0)]
    public void Progression_names_parse(string name, Regime regime, int variant) =>
        Assert.Equal((regime, variant), RegimeProgressions.ParseName(name));

    [Theory]
    [InlineData("euphoric")]
    [InlineData("bull-4")]
    [InlineData("bull-x")]
    [InlineData("")]
    public void Unknown_progressions_are_refused(string name) =>
        Assert.Throws<ArgumentException>(() => RegimeProgressions.ParseName(name));
}
