using Auralis.Audio.Analysis;
using Auralis.Audio.Instruments;
using Auralis.Audio.Instruments.SoundFont;

namespace Auralis.Audio.Tests.Instruments.SoundFont;

public sealed class PitchLfoTests
{
    private const int Rate = SoundFontProbe.Rate;

    // A looped 440 Hz sine as the zone of key 69, with the given oscillators.
    private static SampledProgram Program(PitchLfo vibrato, PitchLfo modulation) =>
        new("vibrato", [SoundFontProbe.LoopedSine(440) with { Vibrato = vibrato, ModulationLfo = modulation }]);

    // The pitch in cents from A 440, every 10 ms over a second and a half of the held note.
    private static double[] Bends(SampledProgram program)
    {
        var instrument = new SoundFontInstrument();
        instrument.Load(program);
        var audio = InstrumentProbe.Play(instrument, 2 * Rate, Rate, (0, 69, 100, true));
        var detector = new YinPitchDetector(Rate);
        var bends = new List<double>();
        for (var start = Rate / 4; start + detector.FrameLength <= audio.Length; start += Rate / 100)
        {
            var estimate = detector.Detect(audio.AsSpan(start, detector.FrameLength));
            Assert.True(estimate.IsVoiced);
            bends.Add(NoteReading.CentsBetween(440, estimate.Hertz));
        }

        return [.. bends];
    }

    [Fact]
    public void The_triangle_starts_after_its_delay_rising_from_zero_and_swings_its_depth_either_way()
    {
        var lfo = new PitchLfo(0.5, 5, 40);

        Assert.Equal(0, lfo.CentsAt(0.4));
        Assert.Equal(40, lfo.CentsAt(0.55), 9);
        Assert.Equal(0, lfo.CentsAt(0.6), 9);
        Assert.Equal(-40, lfo.CentsAt(0.65), 9);
        Assert.Equal(20, lfo.CentsAt(0.525), 9);
        Assert.Equal(0, PitchLfo.None.CentsAt(3));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_pitch_oscillator_bends_a_held_note_up_and_down_by_its_depth(bool vibrato)
    {
        var lfo = new PitchLfo(0, 4, 50);
        var bends = Bends(vibrato ? Program(lfo, PitchLfo.None) : Program(PitchLfo.None, lfo));

        // YIN's window (about 40 ms here) averages the swing a little, so the peaks read a few cents short of 50.
        Assert.InRange(bends.Max(), 35, 55);
        Assert.InRange(bends.Min(), -55, -35);
        Assert.InRange(bends.Average(), -8, 8);
    }

    [Fact]
    public void Without_an_oscillator_the_pitch_holds_still()
    {
        var bends = Bends(Program(PitchLfo.None, PitchLfo.None));

        Assert.InRange(bends.Max() - bends.Min(), 0, 2);
    }
}
