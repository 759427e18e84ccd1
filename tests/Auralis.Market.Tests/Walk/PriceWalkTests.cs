using Auralis.Market.Walk;
using Auralis.Music.Harmony;
using Auralis.Music.Randomness;

namespace Auralis.Market.Tests.Walk;

public sealed class PriceWalkTests
{
    [Fact]
    public void The_same_seed_gives_the_same_prices_and_regimes()
    {
        var first = Run(new PriceWalk(PriceWalkOptions.Default, 42), 2_000);
        var second = Run(new PriceWalk(PriceWalkOptions.Default, 42), 2_000);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_seeds_give_different_prices()
    {
        var first = Run(new PriceWalk(PriceWalkOptions.Default, 42), 100).Select(move => move.Price);
        var second = Run(new PriceWalk(PriceWalkOptions.Default, 43), 100).Select(move => move.Price);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Each_move_starts_where_the_last_one_ended_and_steps_count_up()
    {
        var moves = Run(new PriceWalk(PriceWalkOptions.Default with { StartPrice = 250 }, 7), 500);

        Assert.Equal(250, moves[0].PreviousPrice);
        Assert.Equal(Enumerable.Range(0, 500).Select(i => (long)i), moves.Select(move => move.Step));
        Assert.All(moves.Zip(moves.Skip(1)), pair => Assert.Equal(pair.First.Price, pair.Second.PreviousPrice));
    }

    [Fact]
    public void A_forced_bull_run_rises_and_a_forced_bear_run_falls()
    {
        var bull = ForcedLogReturns(Regime.Bull, 10_000);
        var bear = ForcedLogReturns(Regime.Bear, 10_000);

        // Expected means are +0.00099 and −0.00102 per step; the standard errors are about 0.00005 and 0.00007.
        // (From 10,000 the bear run ends near 0.35, well above the floor, which would otherwise cut its fall short.)
        Assert.InRange(bull.Average(), 0.0007, 0.0013);
        Assert.InRange(bear.Average(), -0.0013, -0.0007);
    }

    [Fact]
    public void Volatile_has_the_widest_spread_of_returns()
    {
        var spreads = Enum.GetValues<Regime>().ToDictionary(regime => regime, regime => StandardDeviation(ForcedLogReturns(regime, 10_000)));

        foreach (var regime in new[] { Regime.Bull, Regime.Bear, Regime.Sideways })
        {
            Assert.True(spreads[Regime.Volatile] > 2 * spreads[regime], $"Volatile {spreads[Regime.Volatile]:F4} vs {regime} {spreads[regime]:F4}");
        }

        Assert.InRange(spreads[Regime.Volatile], 0.014, 0.016);
        Assert.InRange(spreads[Regime.Sideways], 0.0028, 0.0032);
    }

    [Fact]
    public void Prices_stay_above_zero_even_in_a_relentless_crash()
    {
        var crash = new RegimeDynamics(-0.5, 0.5);
        var options = PriceWalkOptions.Default with
        {
            StartRegime = Regime.Bear,
            Dynamics = RegimeDynamicsTable.Default with { Bear = crash },
            Transitions = RegimeTransitions.WithPersistence(1.0),
        };

        var moves = Run(new PriceWalk(options, 3), 2_000);

        Assert.All(moves, move => Assert.True(move.Price >= options.Floor && move.Price > 0));
        Assert.Contains(moves, move => move.Price == options.Floor);
    }

    [Fact]
    public void Regimes_persist_for_many_steps_as_the_chain_says()
    {
        var regimes = Run(new PriceWalk(PriceWalkOptions.Default, 11), 100_000).Select(move => move.Regime).ToList();
        var dwells = RunLengths(regimes);

        // Every regime switches away to the other three alike, so runs are shared equally among the regimes and
        // the mean dwell is the mean of the expected dwells: (66.7 + 50 + 66.7 + 20) / 4 ≈ 50.8 steps.
        var expected = Enum.GetValues<Regime>().Average(RegimeTransitions.Default.ExpectedDwell);
        Assert.InRange(dwells.Average(), expected * 0.85, expected * 1.15);
        Assert.Equal(4, regimes.Distinct().Count());
    }

    [Fact]
    public void A_snapshot_resumes_the_walk_exactly()
    {
        var walk = new PriceWalk(PriceWalkOptions.Default, 5);
        Run(walk, 700);
        walk.ForceRegime(Regime.Volatile);
        Run(walk, 10);
        walk.ReleaseRegime();
        var snapshot = walk.State;

        var continued = Run(walk, 1_000);
        var resumed = Run(PriceWalk.Resume(PriceWalkOptions.Default, snapshot), 1_000);

        Assert.Equal(continued, resumed);
        Assert.Equal(710, resumed[0].Step);
    }

    [Fact]
    public void A_forced_regime_holds_until_released()
    {
        var walk = new PriceWalk(PriceWalkOptions.Default, 9);
        walk.ForceRegime(Regime.Bear);

        Assert.All(Run(walk, 2_000), move => Assert.Equal(Regime.Bear, move.Regime));

        walk.ReleaseRegime();
        Assert.Contains(Run(walk, 2_000), move => move.Regime != Regime.Bear);
    }

    [Fact]
    public void Forcing_a_regime_changes_the_dynamics_but_not_the_noise()
    {
        var stuckInBull = PriceWalkOptions.Default with { StartRegime = Regime.Bull, Transitions = RegimeTransitions.WithPersistence(1.0) };
        var forced = new PriceWalk(PriceWalkOptions.Default, 21);
        forced.ForceRegime(Regime.Bull);

        Assert.Equal(Run(new PriceWalk(stuckInBull, 21), 500), Run(forced, 500));
    }

    [Fact]
    public void An_observed_price_becomes_the_start_of_the_next_move()
    {
        var plain = new PriceWalk(PriceWalkOptions.Default, 13);
        var observed = new PriceWalk(PriceWalkOptions.Default, 13);
        Run(plain, 50);
        Run(observed, 50);

        var doubled = observed.Price * 2;
        observed.Observe(doubled);
        var afterPlain = Run(plain, 200);
        var afterObserved = Run(observed, 200);

        Assert.Equal(doubled, afterObserved[0].PreviousPrice);
        Assert.Equal(afterPlain.Select(move => move.LogReturn), afterObserved.Select(move => move.LogReturn), new ToleranceComparer(1e-12));
        Assert.Equal(afterPlain.Select(move => move.Regime), afterObserved.Select(move => move.Regime));
    }

    [Fact]
    public void A_walk_on_a_named_stream_matches_a_walk_resumed_from_that_stream()
    {
        var state = new PriceWalkState(0, 100, Regime.Sideways, false, SeededRandom.ForStream(77, "ticker").State);

        Assert.Equal(
            Run(new PriceWalk(PriceWalkOptions.Default, SeededRandom.ForStream(77, "ticker")), 300),
            Run(PriceWalk.Resume(PriceWalkOptions.Default, state), 300));
    }

    [Fact]
    public void Bad_settings_and_prices_are_refused_with_a_reason()
    {
        var walk = new PriceWalk(PriceWalkOptions.Default, 1);

        Assert.Contains("positive", Assert.Throws<ArgumentOutOfRangeException>(() => walk.Observe(0)).Message);
        Assert.Contains("floor", Assert.Throws<ArgumentOutOfRangeException>(() => new PriceWalk(PriceWalkOptions.Default with { StartPrice = 0.001 }, 1)).Message);
        Assert.Contains("volatility", Assert.Throws<ArgumentOutOfRangeException>(() => new RegimeDynamics(0, -0.1)).Message);
    }

    private static List<PriceMove> Run(PriceWalk walk, int steps) =>
        Enumerable.Range(0, steps).Select(_ => walk.Next()).ToList();

    private static List<double> ForcedLogReturns(Regime regime, int steps)
    {
        var walk = new PriceWalk(PriceWalkOptions.Default with { StartPrice = 10_000 }, 1_000 + (ulong)regime);
        walk.ForceRegime(regime);
        return Run(walk, steps).Select(move => move.LogReturn).ToList();
    }

    private static double StandardDeviation(List<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(value => (value - mean) * (value - mean)) / (values.Count - 1));
    }

    private static List<int> RunLengths(List<Regime> regimes)
    {
        var lengths = new List<int>();
        var length = 1;
        for (var i = 1; i < regimes.Count; i++)
        {
            if (regimes[i] == regimes[i - 1])
            {
                length++;
            }
            else
            {
                lengths.Add(length);
                length = 1;
            }
        }

        // The last run is cut off by the end of the sample, so it does not count.
        return lengths;
    }
}
