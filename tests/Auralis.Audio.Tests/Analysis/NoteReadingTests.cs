using Auralis.Audio.Analysis;
using Auralis.Music.Theory;

namespace Auralis.Audio.Tests.Analysis;

public sealed class NoteReadingTests
{
    [Fact]
    public void Concert_a_reads_as_a4_dead_on()
    {
        var reading = NoteReading.Of(440);

        Assert.Equal("A4", reading.Name);
        Assert.Equal(69, reading.Nearest.MidiNumber);
        Assert.Equal(0, reading.Cents, 9);
    }

    [Theory]
    [InlineData(60, 0, "C4")]
    [InlineData(69, 49.9, "A4")]
    [InlineData(69, -49.9, "A4")]
    [InlineData(69, 50.1, "A#4")]
    [InlineData(33, 3, "A1")]
    [InlineData(94, -12.5, "A#6")]
    public void Frequencies_read_as_the_nearest_pitch_and_the_cents_off_it(int midi, double cents, string name)
    {
        var reading = NoteReading.Of(Pitch.FrequencyOf(midi + (cents / 100)));

        Assert.Equal(name, reading.Name);
        Assert.Equal(Math.Abs(cents) < 50 ? cents : cents - 100, reading.Cents, 1e-6);
    }

    [Fact]
    public void A_sharp_note_reads_with_positive_cents_and_a_fractional_midi_number()
    {
        var reading = NoteReading.Of(440 * Math.Pow(2, 17 / 1200.0));

        Assert.Equal(17, reading.Cents, 1e-9);
        Assert.Equal(69.17, reading.Midi, 1e-9);
    }

    [Fact]
    public void A_frequency_that_is_not_positive_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NoteReading.Of(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NoteReading.Of(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => NoteReading.MidiOf(-3));
    }

    [Theory]
    [InlineData(66.4, 66, -40)]
    [InlineData(65.7, 66, 30)]
    [InlineData(64.8, 64, -80)]
    [InlineData(68.0, 67, -100)]
    public void A_correction_moves_to_the_nearest_tone_of_the_key(double midi, int target, double cents)
    {
        // D major: E (64), F# (66), G (67) and A (69) are in, F (65) and G# (68) are out; G# lies midway, so it goes down.
        var correction = PitchCorrection.Towards(Key.Parse("D major"), midi);

        Assert.Equal(target, correction.Target.MidiNumber);
        Assert.Equal(cents, correction.Cents, 1e-9);
    }
}
