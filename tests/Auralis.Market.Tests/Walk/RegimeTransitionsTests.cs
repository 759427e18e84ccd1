using Auralis.Market.Walk;
using Auralis.Music.Harmony;

namespace Auralis.Market.Tests.Walk;

public sealed class RegimeTransitionsTests
{
    [Fact]
    public void The_default_chain_stays_far_more_often_than_it_switches()
    {
        foreach (var regime in Enum.GetValues<Regime>())
        {
            Assert.True(RegimeTransitions.Default.Probability(regime, regime) >= 0.95);
            Assert.True(RegimeTransitions.Default.ExpectedDwell(regime) > 19.9);
        }
    }

    [Fact]
    public void Next_follows_the_cumulative_row()
    {
        var chain = new RegimeTransitions(new double[,]
        {
            { 0.5, 0.5, 0.0, 0.0 },
            { 0.0, 1.0, 0.0, 0.0 },
            { 0.25, 0.25, 0.25, 0.25 },
            { 0.0, 0.0, 0.0, 1.0 },
        });

        Assert.Equal(Regime.Bull, chain.Next(Regime.Bull, 0.49));
        Assert.Equal(Regime.Bear, chain.Next(Regime.Bull, 0.5));
        Assert.Equal(Regime.Bear, chain.Next(Regime.Bull, 0.9999999));
        Assert.Equal(Regime.Sideways, chain.Next(Regime.Sideways, 0.6));
        Assert.Equal(Regime.Volatile, chain.Next(Regime.Sideways, 0.75));
        Assert.Equal(Regime.Volatile, chain.Next(Regime.Volatile, 0.0));
    }

    [Fact]
    public void A_row_that_does_not_sum_to_one_is_refused_naming_the_regime()
    {
        var error = Assert.Throws<ArgumentException>(() => new RegimeTransitions(new double[,]
        {
            { 1.0, 0.0, 0.0, 0.0 },
            { 0.5, 0.4, 0.0, 0.0 },
            { 0.0, 0.0, 1.0, 0.0 },
            { 0.0, 0.0, 0.0, 1.0 },
        }));

        Assert.Contains("Bear", error.Message);
        Assert.Contains("sum", error.Message);
    }

    [Fact]
    public void A_matrix_of_the_wrong_shape_or_with_negative_entries_is_refused()
    {
        Assert.Contains("4×4", Assert.Throws<ArgumentException>(() => new RegimeTransitions(new double[3, 3])).Message);
        Assert.Contains("not negative", Assert.Throws<ArgumentException>(() => new RegimeTransitions(new double[,]
        {
            { 1.2, -0.2, 0.0, 0.0 },
            { 0.0, 1.0, 0.0, 0.0 },
            { 0.0, 0.0, 1.0, 0.0 },
            { 0.0, 0.0, 0.0, 1.0 },
        })).Message);
    }
}
