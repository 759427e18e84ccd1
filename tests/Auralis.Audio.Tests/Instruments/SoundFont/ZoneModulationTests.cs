using Auralis.Audio.Analysis;
using Auralis.Audio.Instruments;
using Auralis.Audio.Instruments.SoundFont;

namespace Auralis.Audio.Tests.Instruments.SoundFont;

public sealed class ZoneModulationTests
{
    private const int Rate = SoundFontProbe.Rate;

    private static float[] Hold(SampledZone zone, double seconds) =>
        SoundFontProbe.Hold(new SampledProgram("modulated", [zone]), 69, frames: (int)(seconds * Rate));

    // The level, in dB, of the 20 ms around `seconds`.
    private static double DecibelsAt(float[] audio, double seconds)
    {
        var window = audio.AsSpan((int)(seconds * Rate) - (Rate / 100), Rate / 50);
        var sum = 0.0;
        foreach (var x in window)
        {
            sum += x * x;
        }

        return 10 * Math.Log10((sum / window.Length) + 1e-20);
    }

    private static double CentsAt(float[] audio, double seconds)
    {
        var detector = new YinPitchDetector(Rate);
        var estimate = detector.Detect(audio.AsSpan((int)(seconds * Rate), detector.FrameLength));
        Assert.True(estimate.IsVoiced);
        return NoteReading.CentsBetween(440, estimate.Hertz);
    }

    // An envelope that is 1 at once, holds for 0.3 s, then falls to `sustain` over the next 0.2 s.
    private static ModulationEnvelopeShape HoldThenFall(double sustain) => new(0, 0.001, 0.3, 0.2 / (1 - sustain), sustain, 0.1);

    [Fact]
    public void The_modulation_envelope_bends_the_pitch_by_its_depth_times_its_level()
    {
        var audio = Hold(SoundFontProbe.LoopedSine(440) with { ModulationEnvelope = HoldThenFall(0.5), ModulationEnvelopeToPitchCents = 1200 }, 1);

        Assert.InRange(CentsAt(audio, 0.1), 1195, 1205);
        Assert.InRange(CentsAt(audio, 0.2), 1195, 1205);
        Assert.InRange(CentsAt(audio, 0.8), 595, 605);
    }

    [Fact]
    public void The_modulation_envelope_opens_the_filter_while_it_is_high_and_closes_it_as_it_falls()
    {
        // A 3 kHz tone under a 300 Hz cutoff, which the envelope at 1 raises four octaves, to 4.8 kHz.
        var closed = SoundFontProbe.LoopedSine(3_000) with { CutoffHertz = 300 };
        var modulated = Hold(closed with { ModulationEnvelope = HoldThenFall(0), ModulationEnvelopeToCutoffCents = 4_800 }, 1);
        var still = Hold(closed, 1);

        Assert.True(DecibelsAt(modulated, 0.2) - DecibelsAt(modulated, 0.8) > 25, $"open {DecibelsAt(modulated, 0.2):0.0} dB, closed {DecibelsAt(modulated, 0.8):0.0} dB");
        Assert.True(DecibelsAt(modulated, 0.2) - DecibelsAt(still, 0.2) > 25, $"opened {DecibelsAt(modulated, 0.2):0.0} dB, unmodulated {DecibelsAt(still, 0.2):0.0} dB");
        Assert.InRange(DecibelsAt(modulated, 0.8) - DecibelsAt(still, 0.8), -1, 1);
    }

    [Fact]
    public void The_modulation_oscillator_sweeps_the_cutoff_at_its_rate()
    {
        // 4 Hz, an octave either way around a 1.5 kHz cutoff, on a 3 kHz tone: loud at the triangle's peaks (a quarter of
        // its period in, and every period after), quiet at its troughs.
        var audio = Hold(SoundFontProbe.LoopedSine(3_000) with { CutoffHertz = 1_500, ModulationLfo = new PitchLfo(0, 4, 0), ModulationLfoToCutoffCents = 1_200 }, 1.5);

        for (var period = 1; period < 5; period++)
        {
            var peak = DecibelsAt(audio, (period + 0.25) / 4);
            var trough = DecibelsAt(audio, (period + 0.75) / 4);
            Assert.True(peak - trough > 12, $"period {period}: peak {peak:0.0} dB, trough {trough:0.0} dB");
        }
    }

    [Theory]
    [InlineData(60)]
    [InlineData(-60)]
    public void The_modulation_oscillator_raises_and_lowers_the_level_by_its_depth_in_centibels(double centibels)
    {
        var audio = Hold(SoundFontProbe.LoopedSine(440) with { ModulationLfo = new PitchLfo(0, 4, 0), ModulationLfoToVolumeCentibels = centibels }, 1.5);

        // ±6 dB: 12 dB from peak to trough, a little less over a 20 ms window and at block rate.
        for (var period = 1; period < 5; period++)
        {
            var swing = DecibelsAt(audio, (period + 0.25) / 4) - DecibelsAt(audio, (period + 0.75) / 4);
            Assert.InRange(swing * Math.Sign(centibels), 10.5, 12.2);
        }

        Assert.InRange(CentsAt(audio, 0.6), -2, 2);
    }

    [Fact]
    public void A_zone_without_modulation_holds_its_level_and_pitch()
    {
        var audio = Hold(SoundFontProbe.LoopedSine(440), 1.5);

        Assert.InRange(DecibelsAt(audio, 0.3125) - DecibelsAt(audio, 0.4375), -0.1, 0.1);
        Assert.InRange(CentsAt(audio, 0.6), -2, 2);
    }

    [Fact]
    public void Playing_modulated_zones_allocates_nothing_once_warm()
    {
        var zone = SoundFontProbe.LoopedSine(440) with
        {
            CutoffHertz = 2_000,
            ModulationEnvelope = HoldThenFall(0.3),
            ModulationEnvelopeToPitchCents = 100,
            ModulationEnvelopeToCutoffCents = 2_400,
            ModulationLfo = new PitchLfo(0.01, 5, 10),
            ModulationLfoToCutoffCents = 600,
            ModulationLfoToVolumeCentibels = 30,
        };
        var instrument = new SoundFontInstrument();
        instrument.Load(new SampledProgram("modulated", [zone]));
        Assert.Equal(0, SoundFontProbe.AllocatedWhilePlaying(instrument, out var left));
        Assert.Contains(left, x => x != 0);
    }
}
