using Auralis.Audio.Analysis;
using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Tests.Instruments;

public sealed class SynthInstrumentTests
{
    public static TheoryData<string> Synths => ["subtractive", "fm"];

    private static IInstrument Make(string name) => name == "fm" ? new FmSynth() : new SubtractiveSynth();

    [Theory]
    [MemberData(nameof(Synths))]
    public void A_note_sounds_at_its_pitch(string name)
    {
        var synth = Make(name);
        if (synth is SubtractiveSynth subtractive)
        {
            // Without resonance or detune, so neither the filter's peak nor the two oscillators' beating can
            // outweigh the fundamental inside the analysis window.
            subtractive.SetNormalized(2, 0);
            subtractive.SetNormalized(6, 0);
        }

        var output = InstrumentProbe.Play(synth, 24_576, 48_000, (0, 57, 110, true));

        var spectrum = Fft.MagnitudeSpectrum(output.AsSpan(8192, 16_384));
        var peak = Array.IndexOf(spectrum, spectrum.Max());
        Assert.InRange(Fft.FrequencyOf(peak, 16_384, 48_000), 217, 223);
    }

    [Theory]
    [MemberData(nameof(Synths))]
    public void A_released_note_falls_silent_and_frees_its_voice(string name)
    {
        var synth = Make(name);
        var output = InstrumentProbe.Play(synth, 48_000 * 6, 48_000, (0, 60, 100, true), (4800, 60, 0, false));

        Assert.True(InstrumentProbe.Rms(output, 0, 4800) > 0.01);
        Assert.Equal(0, InstrumentProbe.Rms(output, (48_000 * 6) - 4800, 48_000 * 6), 6);
        Assert.Equal(0, synth.ActiveVoices);
    }

    [Theory]
    [MemberData(nameof(Synths))]
    public void Voices_are_stolen_beyond_the_polyphony(string name)
    {
        var synth = Make(name);
        var notes = Enumerable.Range(0, 30).Select(i => (i * 4, 36 + i, 90, true)).ToArray();

        InstrumentProbe.Play(synth, 512, 48_000, notes);

        Assert.Equal(16, synth.ActiveVoices);
    }

    [Fact]
    public void Parameters_map_between_normalized_and_display_values()
    {
        var cutoff = SubtractiveSynth.Definitions.Single(p => p.Id == "cutoff");

        Assert.True(cutoff.IsExponential);
        Assert.Equal(40, cutoff.FromNormalized(0), 3);
        Assert.Equal(16_000, cutoff.FromNormalized(1), 1);
        Assert.Equal(0.37f, cutoff.ToNormalized(cutoff.FromNormalized(0.37f)), 4);
        Assert.Equal("16.0 kHz", cutoff.Display(1));
    }
}
