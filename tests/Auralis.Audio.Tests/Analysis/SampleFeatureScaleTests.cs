using Auralis.Audio.Analysis;

namespace Auralis.Audio.Tests.Analysis;

public sealed class SampleFeatureScaleTests
{
    [Fact]
    public void Every_dimension_of_a_sample_lies_on_its_zero_to_one_scale_and_an_unpitched_sample_has_no_pitch()
    {
        var loud = new SampleFeatures(100, 2, 3, 30_000, 0.9, [0, 0.1], 440);
        var quiet = new SampleFeatures(0.001, 0, 1e-6, 0, 0, [], null);

        var loudVector = SampleFeatureScale.Normalize(loud);
        var quietVector = SampleFeatureScale.Normalize(quiet);

        Assert.All(loudVector, v => Assert.InRange(v, 0, 1));
        Assert.All(quietVector.Where((_, i) => i != (int)SampleFeature.Pitch), v => Assert.InRange(v, 0, 1));
        Assert.True(double.IsNaN(quietVector[(int)SampleFeature.Pitch]));
        Assert.Equal(0, quietVector[(int)SampleFeature.Pitched]);
        Assert.Equal(69 / 127.0, loudVector[(int)SampleFeature.Pitch], 12);
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(0.1, 2 / 3.0)]
    [InlineData(0.001, 0.0)]
    public void Levels_map_from_minus_sixty_dbfs_to_full_scale(double linear, double expected) =>
        Assert.Equal(expected, SampleFeatureScale.Level(linear), 9);

    [Fact]
    public void Logarithmic_scales_put_a_geometric_middle_in_the_middle()
    {
        Assert.Equal(0.5, SampleFeatureScale.Centroid(Math.Sqrt(20.0 * 20_000)), 9);
        Assert.Equal(0.5, SampleFeatureScale.Duration(Math.Sqrt(0.01 * 30)), 9);
    }
}
