using Auralis.Music.Harmony;
using Auralis.Music.Percussion;
using Auralis.Music.Randomness;
using Auralis.Music.Time;

namespace Auralis.Music.Tests.Percussion;

public sealed class GrooveTests
{
    private static readonly TimeSignature Common = TimeSignature.CommonTime;

    private static DrumHit[] Bars(Regime regime, int bars, double energy = 0.6, bool fill = false) =>
        Enumerable.Range(0, bars).SelectMany(bar => Groove.Bar(bar * 1920L, Common, regime, energy, 0.5, fill, crash: false, new SeededRandom((ulong)bar))).ToArray();

    [Fact]
    public void A_bear_market_plays_half_time_with_the_snare_on_the_bars_middle_and_a_bull_market_on_the_backbeats()
    {
        var bear = Bars(Regime.Bear, 16).Where(h => h.Drum == Drum.Snare && h.Tick % 480 == 0).Select(h => h.Tick % 1920).Distinct().ToArray();
        var bull = Bars(Regime.Bull, 16).Where(h => h.Drum == Drum.Snare && h.Tick % 480 == 0).Select(h => h.Tick % 1920).Distinct().Order().ToArray();

        Assert.Equal([960L], bear);
        Assert.Equal([480L, 1440L], bull);
    }

    [Fact]
    public void The_regimes_play_grooves_of_different_density()
    {
        var hitsPerBar = Enum.GetValues<Regime>().ToDictionary(r => r, r => Bars(r, 32).Length / 32.0);

        Assert.True(hitsPerBar[Regime.Volatile] > 1.3 * hitsPerBar[Regime.Bear], string.Join(", ", hitsPerBar));
        Assert.Equal(4, hitsPerBar.Values.Distinct().Count());
    }

    [Fact]
    public void A_sideways_market_swings_its_off_beat_hats()
    {
        var offBeatHats = Bars(Regime.Sideways, 16).Where(h => h.Drum == Drum.ClosedHat && h.Tick % 480 != 0).ToArray();

        Assert.NotEmpty(offBeatHats);
        Assert.All(offBeatHats, h => Assert.Equal(240 + 40, h.Tick % 480));
    }

    [Fact]
    public void A_phrase_ends_with_a_snare_fill_that_grows_louder()
    {
        var fill = Groove.Bar(0, Common, Regime.Bull, 0.8, 0.5, fill: true, crash: false, new SeededRandom(3))
            .Where(h => h.Tick >= 960 && h.Drum == Drum.Snare).ToArray();

        Assert.True(fill.Length >= 5, $"{fill.Length} snare hits in the fill");
        Assert.True(fill[^1].Velocity > fill[0].Velocity);
    }
}
