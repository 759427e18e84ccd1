using Auralis.Market.Mapping;

namespace Auralis.Market.Tests.Mapping;

public sealed class PriceExpressionTests
{
    private static List<MarketGesture> Hear(IReadOnlyList<double> prices, double sensitivity)
    {
        var expression = new PriceExpression();
        return prices.Skip(1).Select((price, i) => expression.Hear(prices[i], price, sensitivity)).ToList();
    }

    private static double[] Trend(int count, double dailyGrowth, double wiggle) =>
        Enumerable.Range(0, count).Select(i => 100 * Math.Exp((dailyGrowth * i) + (wiggle * Math.Sin(i * 1.7)))).ToArray();

    [Fact]
    public void The_first_price_is_the_baseline()
    {
        var first = new PriceExpression().Hear(1455.22, 1455.22, 2);

        Assert.Equal(0, first.Register);
        Assert.Equal(0, first.Lift);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2.0)]
    [InlineData(8.0)]
    public void The_register_follows_the_price_level_of_a_trending_market(double sensitivity)
    {
        var prices = Trend(300, 0.0008, 0.03);
        var gestures = Hear(prices, sensitivity);

        var levels = prices.Skip(1).Select(p => Math.Log(p)).ToArray();
        var registers = gestures.Select(g => g.Register).ToArray();
        Assert.True(Correlation(levels, registers) >= 0.7, $"r = {Correlation(levels, registers):F2}");
        Assert.All(registers, r => Assert.InRange(r, -0.99, 0.99));
    }

    private static double Correlation(double[] x, double[] y)
    {
        var (mx, my) = (x.Average(), y.Average());
        var covariance = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        return covariance / Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) * y.Sum(v => (v - my) * (v - my)));
    }

    [Fact]
    public void A_move_is_heard_against_the_markets_own_volatility()
    {
        var calm = Enumerable.Range(0, 60).Select(i => 100 * (1 + (0.001 * Math.Sin(i)))).Append(103).ToArray();

        var gestures = Hear(calm, 1);

        Assert.True(gestures[^1].Surprise > 3 * gestures.SkipLast(1).Max(g => g.Surprise));
    }

    [Fact]
    public void A_higher_sensitivity_moves_the_melody_further_for_the_same_prices()
    {
        var prices = Trend(200, 0, 0.02);

        double Spread(double sensitivity) => Hear(prices, sensitivity).Select(g => Math.Abs(g.Lift)).Average();

        Assert.True(Spread(8) > 2 * Spread(0.5));
    }

    [Fact]
    public void A_jump_to_another_source_starts_a_new_baseline()
    {
        var expression = new PriceExpression();
        expression.Hear(100, 101, 2);
        expression.Hear(101, 102, 2);

        var jumped = expression.Hear(1455, 1456, 2);

        Assert.InRange(jumped.Register, -0.5, 0.5);
    }
}
