using Auralis.Music.Theory;

namespace Auralis.Music.Tests.Theory;

public sealed class PitchTests
{
    [Theory]
    [InlineData("C4", 60)]
    [InlineData("A4", 69)]
    [InlineData("C#4", 61)]
    [InlineData("Db4", 61)]
    [InlineData("Eb3", 51)]
    [InlineData("B#3", 60)]
    [InlineData("Cb4", 59)]
    [InlineData("C-1", 0)]
    [InlineData("G9", 127)]
    public void Scientific_names_parse_to_midi_numbers(string name, int midi) =>
        Assert.Equal(midi, Pitch.Parse(name).MidiNumber);

    [Fact]
    public void A4_sounds_at_440_hertz_and_an_octave_doubles_it()
    {
        var a4 = Pitch.Parse("A4");

        Assert.Equal(440.0, a4.Frequency, 9);
        Assert.Equal(880.0, (a4 + Interval.Octave).Frequency, 9);
        Assert.Equal(a4, Pitch.FromFrequency(446));
        Assert.Equal(Pitch.Parse("C4"), Pitch.FromFrequency(261.63));
    }

    [Fact]
    public void Names_round_trip_with_sharps()
    {
        for (var midi = 0; midi <= 127; midi++)
        {
            var pitch = new Pitch(midi);
            Assert.Equal(pitch, Pitch.Parse(pitch.Name));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("H4")]
    [InlineData("C")]
    [InlineData("C#x")]
    [InlineData("G10")]
    public void Bad_pitch_names_are_refused(string name) =>
        Assert.Throws<FormatException>(() => Pitch.Parse(name));

    [Fact]
    public void Pitches_outside_midi_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Pitch(128));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Pitch(60) + 70);
        Assert.Throws<ArgumentOutOfRangeException>(() => Pitch.FromFrequency(0));
    }

    [Fact]
    public void Interval_names_read_as_musicians_say_them()
    {
        Assert.Equal("perfect fifth", Interval.Name(7));
        Assert.Equal("octave", Interval.Name(12));
        Assert.Equal("major third + 1 octave", Interval.Name(16));
        Assert.Equal("minor second down", Interval.Name(-1));
        Assert.True(Interval.IsPerfectConsonance(19));
        Assert.False(Interval.IsPerfectConsonance(4));
    }
}
