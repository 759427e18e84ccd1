using Auralis.Audio.Instruments;

namespace Auralis.Audio.Tests.Instruments;

public sealed class SamplerInstrumentTests
{
    private static SampleData Sine(double hertz, int sampleRate, int rootPitch) =>
        new([Enumerable.Range(0, sampleRate * 2).Select(i => (float)Math.Sin(2 * Math.PI * hertz * i / sampleRate)).ToArray()], sampleRate, rootPitch);

    [Theory]
    [InlineData(69, 440.0)]
    [InlineData(81, 880.0)]
    [InlineData(57, 220.0)]
    [InlineData(76, 659.255)]
    public void A_note_plays_the_sample_transposed_to_its_pitch(int pitch, double expectedHertz)
    {
        var sampler = new SamplerInstrument(Sine(440, 44_100, rootPitch: 69));

        var output = InstrumentProbe.Play(sampler, 24_000, 48_000, (0, pitch, 127, true));

        Assert.Equal(expectedHertz, InstrumentProbe.ZeroCrossingFrequency(output, 2000, 20_000, 48_000), expectedHertz * 0.002);
    }

    [Fact]
    public void A_released_note_fades_out_and_the_voice_comes_free()
    {
        var sampler = new SamplerInstrument(Sine(440, 48_000, 69)) { ReleaseSeconds = 0.05f };

        var output = InstrumentProbe.Play(sampler, 24_000, 48_000, (0, 69, 127, true), (4800, 69, 0, false));

        Assert.True(InstrumentProbe.Rms(output, 1000, 4000) > 0.3);
        Assert.Equal(0, InstrumentProbe.Rms(output, 8500, 24_000), 6);
        Assert.Equal(0, sampler.ActiveVoices);
    }

    [Fact]
    public void More_notes_than_voices_steal_the_oldest()
    {
        var sampler = new SamplerInstrument(Sine(440, 48_000, 69));
        var notes = Enumerable.Range(0, 40).Select(i => (i * 10, 40 + i, 100, true)).ToArray();

        InstrumentProbe.Play(sampler, 1024, 48_000, notes);

        Assert.Equal(24, sampler.ActiveVoices);
    }

    [Fact]
    public void The_built_in_pluck_sounds_and_decays()
    {
        var output = InstrumentProbe.Play(new SamplerInstrument(), 72_000, 48_000, (0, 57, 120, true));

        Assert.True(InstrumentProbe.Rms(output, 0, 4800) > 0.02);
        Assert.True(InstrumentProbe.Rms(output, 60_000, 70_000) < InstrumentProbe.Rms(output, 0, 4800) / 10);
    }

    [Fact]
    public void Ragged_or_empty_samples_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new SampleData([[], []], 48_000));
        Assert.Throws<ArgumentException>(() => new SampleData([new float[10], new float[11]], 48_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SampleData([new float[10]], 0));
    }
}
