using Auralis.Music.Form;
using Auralis.Music.Harmony;
using Auralis.Music.Melody;
using Auralis.Music.Randomness;
using Auralis.Music.Tests.Form;
using Auralis.Music.Time;

namespace Auralis.Music.Tests.Melody;

/// <summary>How closely the melody's beat-to-beat movement follows the market's moves, at low and high sensitivity.</summary>
public sealed class MarketLineTests
{
    private const int Bars = 96;
    private static readonly ulong[] Seeds = [1, 2, 3];
    private static readonly TimeSignature FourFour = TimeSignature.Parse("4/4");

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void At_high_sensitivity_the_melody_moves_with_the_market_beat_by_beat(ulong seed)
    {
        var moves = Moves(seed);

        var followed = MoveCorrelation(seed, moves, moves, sensitivity: 8);

        Assert.True(followed >= 0.45, $"r = {followed:F2}");
    }

    [Fact]
    public void The_melody_follows_the_market_at_every_sensitivity_and_more_closely_the_higher_it_is()
    {
        // One 96-bar walk moves r by about 0.1 either way, so the rule holds for the mean of three.
        double Mean(double sensitivity) => Seeds.Average(seed => MoveCorrelation(seed, Moves(seed), Moves(seed), sensitivity));

        var (low, middle, high) = (Mean(0.5), Mean(2), Mean(8));

        Assert.True(low >= 0.2 && middle >= low + 0.03 && high >= middle + 0.05, $"mean r = {low:F2} at 0.5, {middle:F2} at 2, {high:F2} at 8");
    }

    [Fact]
    public void The_correlation_rule_finds_nothing_in_moves_the_melody_never_heard()
    {
        var (heard, unheard) = (Moves(1), Moves(99));

        var r = MoveCorrelation(1, heard, unheard, sensitivity: 8);

        Assert.InRange(r, -0.15, 0.15);
    }

    [Fact]
    public void A_still_market_has_nothing_to_lead_with_so_no_bar_holds_one_pitch()
    {
        // A bar that followed a market that does not move would sing one pitch on every beat at sensitivity 8.
        static int HeldBars(ulong seed) => PieceSketch.Compose(seed, Bars, Regime.Sideways, sensitivity: 8)
            .GroupBy(b => b.Tick / FourFour.TicksPerBar)
            .Select(bar => bar.SelectMany(b => b.Melody).Select(n => n.Pitch).ToArray())
            .Count(pitches => pitches.Length >= 3 && pitches.Distinct().Count() == 1);

        Assert.Equal(0, Seeds.Sum(HeldBars));
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Where_a_moving_market_leads_the_bars_it_speaks_in_sound_on_every_beat(ulong seed)
    {
        // The second and third bars of a phrase speak for the market (in a breakdown only the third, never in an intro),
        // when its target has moved over the bar before: a target held at the range's edge moves no more than a still one.
        var moves = Moves(seed);
        static bool SpeaksForTheMarket(SketchedBeat beat, double[] targets)
        {
            var form = beat.Conducted.Form;
            var barStart = (int)(beat.Tick / FourFour.TicksPerBar) * FourFour.BeatsPerBar;
            var moved = barStart >= FourFour.BeatsPerBar && Math.Abs(targets[barStart] - targets[barStart - FourFour.BeatsPerBar]) >= 1;
            return moved && (form.Section.Kind switch
            {
                SectionKind.Intro => false,
                SectionKind.Breakdown => form.BarInPhrase == 2,
                _ => form.BarInPhrase is 1 or 2,
            });
        }

        int Silent(double sensitivity)
        {
            var targets = Market(moves, sensitivity).Select(beat => ThemeMelody.Target(beat.Register, beat.Lift)).ToArray();
            return Played(seed, moves, sensitivity).Count(b => SpeaksForTheMarket(b, targets) && !b.Melody.Any(n => n.Tick == b.Tick));
        }

        var (leading, following) = (Silent(8), Silent(2));

        Assert.True(leading == 0 && following > 0, $"beats without a note in the market's bars: {leading} at sensitivity 8, {following} at 2");
    }

    [Theory]
    [InlineData(3.0, true)]
    [InlineData(1.5, false)]
    public void At_low_sensitivity_a_shock_is_heard_even_in_the_theme_s_own_bars_and_a_usual_move_is_not(double size, bool heard)
    {
        const double sensitivity = 0.5;
        var quiet = PieceSketch.Compose(1, 32, Regime.Sideways, sensitivity: sensitivity);
        // A beat inside a statement's opening bar (the theme as stated, which the market does not bend) on which a note starts.
        var beat = quiet.First(b => b.Conducted.Form.Section.Kind == SectionKind.Statement && b.Conducted.Form.BarInPhrase == 0
            && b.Tick % FourFour.TicksPerBar != 0 && b.Melody.Any(n => n.Tick == b.Tick));
        var at = (int)(beat.Tick / FourFour.TicksPerBeat);
        var lift = 2.4 * Math.Sqrt(sensitivity) * size;

        var moved = PieceSketch.Compose(1, 32, Regime.Sideways, market: i => (0, i >= at ? lift * Math.Pow(0.5, i - at) : 0, i == at ? size : 0),
            sensitivity: sensitivity);

        var (before, after) = (beat.Melody.First(n => n.Tick == beat.Tick).Pitch, moved[at].Melody.First(n => n.Tick == beat.Tick).Pitch);
        Assert.True(heard ? after > before : after == before, $"{before} without the move, {after} with a rise of {size} standard deviations");
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Where_the_market_leads_the_theme_s_statements_keep_its_shape_unless_a_shock_bends_them(ulong seed)
    {
        var moves = Moves(seed);
        var beats = Played(seed, moves, sensitivity: 8);

        // The opening bar of each phrase that states a theme as it is (a statement's, a return's), without a shock in
        // it, by the theme it states.
        var statements = beats.GroupBy(b => b.Tick / FourFour.TicksPerBar)
            .Where(bar => bar.First().Conducted.Form is { Section.Kind: SectionKind.Statement or SectionKind.Return, BarInPhrase: 0 }
                && bar.All(b => Math.Abs(moves[b.Tick / FourFour.TicksPerBeat]) < 2))
            .Select(bar => (Theme: bar.First().Conducted.Form.Section.Theme, Shape: Rules.BarShape(bar.SelectMany(b => b.Melody).ToArray(), bar.First().Conducted.Key, FourFour.TicksPerBar)))
            .Where(bar => bar.Shape.Length > 0)
            .ToArray();
        var kept = statements.Count(bar => bar.Shape == statements.First(first => first.Theme == bar.Theme).Shape);

        Assert.True(statements.Length >= 4 && kept >= 0.8 * statements.Length, $"{kept} of {statements.Length} statements keep their theme's first statement's shape");
    }

    // A market's moves in units of its volatility, one a beat.
    private static double[] Moves(ulong seed)
    {
        var random = SeededRandom.ForStream(seed, "tests/market");
        return Enumerable.Range(0, Bars * 4).Select(_ => Math.Clamp(random.NextGaussian(), -4, 4)).ToArray();
    }

    // Plays the moves as the price expression hears them.
    private static IReadOnlyList<SketchedBeat> Played(ulong seed, double[] played, double sensitivity)
    {
        var market = Market(played, sensitivity);
        return PieceSketch.Compose(seed, Bars, Regime.Sideways, market: i => market[i], sensitivity: sensitivity);
    }

    // The register, lift and surprise the moves make at each beat: a lift that halves each move, a register that follows the level.
    private static (double Register, double Lift, double Surprise)[] Market(double[] played, double sensitivity)
    {
        var gain = Math.Sqrt(sensitivity);
        var market = new (double Register, double Lift, double Surprise)[played.Length];
        var (lift, level) = (0.0, 0.0);
        for (var i = 0; i < played.Length; i++)
        {
            lift = (lift * 0.5) + (2.4 * gain * played[i]);
            level += played[i];
            market[i] = (Math.Tanh(0.35 * Math.Sqrt(gain) * level / 16), lift, Math.Abs(played[i]));
        }

        return market;
    }

    // Plays the moves and correlates, beat by beat, the melody's movement with the moves given as the market's.
    private static double MoveCorrelation(ulong seed, double[] played, double[] compared, double sensitivity)
    {
        var beats = Played(seed, played, sensitivity);
        var melody = beats.SelectMany(b => b.Melody).ToArray();
        int? SoundingAt(long tick) => melody.Where(n => n.Tick <= tick && n.EndTick > tick).Select(n => (int?)n.Pitch.MidiNumber).Max();

        var pairs = new List<(double Move, double Pitch)>();
        for (var i = 1; i < beats.Count; i++)
        {
            if (SoundingAt(beats[i].Tick) is { } now && SoundingAt(beats[i - 1].Tick) is { } before)
            {
                pairs.Add((compared[i], now - before));
            }
        }

        return Pearson(pairs);
    }

    private static double Pearson(IReadOnlyList<(double X, double Y)> pairs)
    {
        var (mx, my) = (pairs.Average(p => p.X), pairs.Average(p => p.Y));
        var cov = pairs.Sum(p => (p.X - mx) * (p.Y - my));
        var (vx, vy) = (pairs.Sum(p => (p.X - mx) * (p.X - mx)), pairs.Sum(p => (p.Y - my) * (p.Y - my)));
        return cov / Math.Sqrt(vx * vy);
    }
}
