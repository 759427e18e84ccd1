using Auralis.Audio.Analysis;
using Auralis.Audio.Instruments.SoundFont;

namespace Auralis.Audio.Tests.Instruments.SoundFont;

public sealed class GeneralMidiModulationTests
{
    private static readonly Lazy<SoundFontBank> FluidR3 = new(() => SoundFontBank.ReadSf2(File.ReadAllBytes(GeneralMidiFactAttribute.Path), "FluidR3_GM"));

    [GeneralMidiFact]
    public void Polysynth_reads_its_modulation_envelope_and_oscillator_depths()
    {
        // FluidR3's Polysynth (program 90) uses all four: modEnvToPitch -752, modEnvToFilterFc, modLfoToFilterFc, modLfoToVolume.
        var zones = FluidR3.Value.Program(0, 90).Zones.ToArray();

        Assert.Contains(zones, z => z.ModulationEnvelopeToPitchCents == -752);
        Assert.Contains(zones, z => z.ModulationEnvelopeToCutoffCents is 8_000 or 2_000);
        Assert.Contains(zones, z => z.ModulationLfoToCutoffCents == 3_093 && z.ModulationLfo.Hertz > 0);
        Assert.Contains(zones, z => z.ModulationLfoToVolumeCentibels == 20);
        Assert.All(zones, z => Assert.InRange(z.ModulationEnvelope.SustainLevel, 0, 1));
    }

    [GeneralMidiFact]
    public void Synth_bass_is_bright_as_its_modulation_envelope_opens_the_filter_and_darkens_as_it_decays()
    {
        // Synth Bass 1 (program 38): a cutoff of 4651 cents (122 Hz) that the modulation envelope raises by 6723 cents at
        // its peak, decaying in a quarter of a second to 0.19 of it.
        var program = FluidR3.Value.Program(0, 38);
        var unmodulated = new SampledProgram("unmodulated", program.Zones.ToArray().Select(z => z with { ModulationEnvelopeToCutoffCents = 0 }));
        var audio = SoundFontProbe.Hold(program, 40, frames: SoundFontProbe.Rate);
        var dull = SoundFontProbe.Hold(unmodulated, 40, frames: SoundFontProbe.Rate);

        var attack = Centroid(audio, 0.01);
        var later = Centroid(audio, 0.6);
        var unopened = Centroid(dull, 0.01);

        Assert.True(attack > 2 * later, $"centroid at the attack {attack:0} Hz, 0.6 s later {later:0} Hz");
        Assert.True(attack > 2 * unopened, $"centroid at the attack {attack:0} Hz, without the modulation envelope {unopened:0} Hz");
    }

    // The spectral centroid of the 40 ms from `seconds`.
    private static double Centroid(float[] audio, double seconds) =>
        SpectralCentroid.Of(audio.AsSpan((int)(seconds * SoundFontProbe.Rate), SoundFontProbe.Rate / 25), SoundFontProbe.Rate);
}
