using Auralis.Audio.Instruments;

namespace Auralis.Audio.Tests.Instruments;

public sealed class DrumKitSampleTests
{
    private static SampleData Ramp(int frames, int sampleRate = 48_000) =>
        new([Enumerable.Range(0, frames).Select(i => (i + 1) / (float)frames).ToArray()], sampleRate, name: "ramp");

    [Fact]
    public void A_sampled_drum_plays_its_sample_from_the_hit_at_the_hits_velocity_then_stops()
    {
        var kit = new DrumKitInstrument();
        kit.LoadSample("kick", Ramp(1000));

        var output = InstrumentProbe.Play(kit, 4096, 48_000, (0, 36, 127, true));

        Assert.Equal(Enumerable.Range(0, 1000).Select(i => (i + 1) / 1000f), output.Take(1000));
        Assert.All(output.Skip(1000), sample => Assert.Equal(0f, sample));
        Assert.Equal(0, kit.ActiveVoices);
    }

    [Fact]
    public void A_stereo_sample_is_played_as_the_mean_of_its_channels_and_velocity_scales_it()
    {
        var stereo = new SampleData([[1f, 1f, 1f], [0f, 0.5f, -1f]], 48_000);
        var kit = new DrumKitInstrument();
        kit.LoadSample("snare", stereo);
        var softer = new DrumKitInstrument();
        softer.LoadSample("snare", stereo);

        var output = InstrumentProbe.Play(kit, 128, 48_000, (0, 38, 127, true), (64, 38, 127, false));
        var soft = InstrumentProbe.Play(softer, 128, 48_000, (0, 38, 64, true));

        Assert.Equal([0.5f, 0.75f, 0f], output.Take(3));
        Assert.Equal(0.75f * 64 / 127, soft[1], 6);
    }

    [Fact]
    public void A_sample_at_another_rate_keeps_its_pitch_and_length()
    {
        var tone = Enumerable.Range(0, 12_000).Select(i => MathF.Sin(2 * MathF.PI * 1000 * i / 24_000f)).ToArray();
        var kit = new DrumKitInstrument();
        kit.LoadSample("hat", new SampleData([tone], 24_000));

        var output = InstrumentProbe.Play(kit, 30_000, 48_000, (0, 42, 127, true));

        Assert.InRange(InstrumentProbe.ZeroCrossingFrequency(output, 1000, 20_000, 48_000), 990, 1010);
        var last = Array.FindLastIndex(output, s => s != 0);
        Assert.InRange(last, 23_900, 24_000);
    }

    [Fact]
    public void Drums_without_a_sample_stay_synthesized()
    {
        var kit = new DrumKitInstrument(seed: 1);
        kit.LoadSample("kick", Ramp(100));

        var snare = InstrumentProbe.Play(kit, 4800, 48_000, (0, 38, 120, true));
        var plain = InstrumentProbe.Play(new DrumKitInstrument(seed: 1), 4800, 48_000, (0, 38, 120, true));

        Assert.Equal(plain, snare);
    }

    [Fact]
    public void An_unknown_slot_is_refused_with_the_slots_there_are()
    {
        var error = Assert.Throws<ArgumentException>(() => new DrumKitInstrument().LoadSample("cowbell", Ramp(10)));

        Assert.Contains("kick, snare, clap, hat, openHat", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new SamplerInstrument().LoadSample("kick", Ramp(10)));
    }
}
