using Auralis.Audio.Envelopes;

namespace Auralis.Audio.Tests.Envelopes;

public sealed class AdsrTests
{
    [Theory]
    [InlineData(48_000)]
    [InlineData(44_100)]
    public void Each_stage_reaches_its_level_at_the_right_frame(int sampleRate)
    {
        var adsr = new Adsr { AttackSeconds = 0.01f, DecaySeconds = 0.1f, SustainLevel = 0.5f, ReleaseSeconds = 0.2f };
        adsr.Prepare(sampleRate);
        var attackFrames = (int)Math.Round(0.01 * sampleRate);
        adsr.NoteOn();

        var levels = Enumerable.Range(0, sampleRate).Select(_ => adsr.Next()).ToArray();

        Assert.True(levels[attackFrames - 2] < 1f);
        Assert.Equal(1f, levels[attackFrames - 1]);
        Assert.Equal(0.5f, levels[attackFrames + (int)(0.1 * sampleRate) + 10], 3);
        Assert.Equal(Adsr.Stage.Sustain, adsr.Current);

        adsr.NoteOff();
        var release = Enumerable.Range(0, sampleRate).Select(_ => adsr.Next()).ToArray();
        Assert.True(release[(int)(0.1 * sampleRate)] > 0);
        Assert.Equal(0f, release[(int)(0.2 * sampleRate) + 1]);
        Assert.False(adsr.IsActive);
    }

    [Fact]
    public void A_retrigger_restarts_the_attack_from_the_current_level()
    {
        var adsr = new Adsr { AttackSeconds = 0.01f, SustainLevel = 0.6f };
        adsr.Prepare(48_000);
        adsr.NoteOn();
        for (var i = 0; i < 24_000; i++)
        {
            adsr.Next();
        }

        adsr.NoteOn();
        var first = adsr.Next();

        Assert.InRange(first, 0.6f, 0.7f);
    }
}
