using Auralis.Audio.Instruments.SoundFont;

namespace Auralis.Audio.Tests.Instruments.SoundFont;

public sealed class ModulationEnvelopeTests
{
    // A thousand frames a second, so that frames read as milliseconds.
    private const double Rate = 1_000;

    private static readonly ModulationEnvelopeShape Shape = new(0.1, 0.2, 0.1, 1.0, 0.25, 0.5);

    private static double LevelAfter(ModulationEnvelopeShape shape, int key, params long[] runs)
    {
        var envelope = ModulationEnvelope.Start(shape, key, Rate);
        foreach (var frames in runs)
        {
            envelope.Advance(frames);
        }

        return envelope.Level;
    }

    [Theory]
    [InlineData(50, 0)]
    [InlineData(200, 0.5)]
    [InlineData(350, 1)]
    [InlineData(500, 0.9)]
    [InlineData(1_500, 0.25)]
    public void The_level_waits_rises_holds_and_falls_in_straight_lines_to_the_sustain(long frames, double expected)
    {
        Assert.Equal(expected, LevelAfter(Shape, 60, frames), 6);
    }

    [Fact]
    public void Released_the_level_falls_from_where_it_is_at_the_release_rate_and_stops_at_zero()
    {
        var envelope = ModulationEnvelope.Start(Shape, 60, Rate);
        envelope.Advance(1_500);
        envelope.Release();
        envelope.Advance(50);

        Assert.Equal(0.15, envelope.Level, 6);
        envelope.Advance(1_000);
        Assert.Equal(0, envelope.Level);
    }

    [Fact]
    public void A_block_of_any_length_moves_the_level_as_far_as_its_frames_one_by_one()
    {
        var whole = LevelAfter(Shape, 60, 777);
        var pieces = LevelAfter(Shape, 60, [.. Enumerable.Repeat(1L, 700), 13, 64]);

        Assert.Equal(whole, pieces, 9);
    }

    [Fact]
    public void Key_scaling_lengthens_the_decay_of_keys_below_60_and_shortens_it_above()
    {
        var scaled = Shape with { DecayCentsPerKey = 100 };

        // An octave below 60 the decay is twice as long: 100 ms of it fall 0.05 instead of 0.1.
        Assert.Equal(0.95, LevelAfter(scaled, 48, 500), 6);
        Assert.Equal(0.8, LevelAfter(scaled, 72, 500), 6);
        Assert.Equal(0.9, LevelAfter(scaled, 60, 500), 6);
    }
}
