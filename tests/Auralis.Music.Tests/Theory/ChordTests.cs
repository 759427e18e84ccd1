using Auralis.Music.Theory;

namespace Auralis.Music.Tests.Theory;

public sealed class ChordTests
{
    [Theory]
    [InlineData("C", "C E G")]
    [InlineData("Dm7", "D F A C")]
    [InlineData("Bdim", "B D F")]
    [InlineData("Gsus4", "G C D")]
    [InlineData("Cadd9", "C E G D")]
    [InlineData("F#m7b5", "F# A C E")]
    [InlineData("Bbmaj7", "A# D F A")]
    [InlineData("Ebaug", "D# G B")]
    public void Symbols_spell_their_pitch_classes(string symbol, string spelled)
    {
        var chord = Chord.Parse(symbol);

        Assert.Equal(spelled, string.Join(' ', chord.PitchClasses.Select(p => p.Name)));
    }

    [Fact]
    public void Every_quality_round_trips_through_its_symbol()
    {
        foreach (var quality in Enum.GetValues<ChordQuality>())
        {
            var chord = new Chord(PitchClass.Parse("Ab"), quality);
            Assert.Equal(chord, Chord.Parse(chord.Symbol));
        }
    }

    [Fact]
    public void Bad_symbols_are_refused_with_the_reason()
    {
        Assert.Contains("suffix", Assert.Throws<FormatException>(() => Chord.Parse("Cmaj13#11")).Message);
        Assert.Throws<FormatException>(() => Chord.Parse("m7"));
    }

    [Theory]
    [InlineData("C", "ii7", "Dm7")]
    [InlineData("C", "V7", "G7")]
    [InlineData("C", "viio", "Bdim")]
    [InlineData("C", "viiø7", "Bm7b5")]
    [InlineData("C", "bVII", "A#")]
    [InlineData("C", "IVsus4", "Fsus4")]
    [InlineData("C", "Iadd9", "Cadd9")]
    [InlineData("A minor", "III+", "Caug")]
    [InlineData("A minor", "iv", "Dm")]
    [InlineData("D dorian", "IV", "G")]
    [InlineData("G major pentatonic", "vi", "Em")]
    public void Roman_numerals_name_chords_in_a_key(string key, string numeral, string symbol) =>
        Assert.Equal(symbol, RomanNumeral.Parse(numeral).ChordIn(Key.Parse(key)).Symbol);

    [Theory]
    [InlineData("")]
    [InlineData("VIII7x")]
    [InlineData("X")]
    [InlineData("Io")]
    [InlineData("ii13")]
    public void Bad_roman_numerals_are_refused(string text) =>
        Assert.Throws<FormatException>(() => RomanNumeral.Parse(text));
}
