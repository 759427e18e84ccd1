namespace Auralis.Music.Theory;

/// <summary>A chord named by its scale degree, as in "ii7", "V7", "viio", "bVII", "IVsus4", "Iadd9", "III+".</summary>
/// <remarks>
/// Case gives the third (upper case major, lower case minor); "o"/"°" diminished, "ø" half-diminished,
/// "+" augmented; then "7", "maj7", "sus2", "sus4" or "add9". The degree counts the key's own scale
/// (a seven-note scale; keys on other scales count the major scale from their tonic), and a leading
/// "b" or "#" lowers or raises the root by a semitone.
/// </remarks>
public sealed record RomanNumeral
{
    private static readonly string[] Numerals = ["VII", "III", "VI", "IV", "II", "V", "I"];

    private RomanNumeral(string text, int degree, int alteration, ChordQuality quality)
    {
        Text = text;
        Degree = degree;
        Alteration = alteration;
        Quality = quality;
    }

    /// <summary>The numeral as written.</summary>
    public string Text { get; }

    /// <summary>The scale degree of the root, 1..7.</summary>
    public int Degree { get; }

    /// <summary>Semitones the root is moved from the scale degree (-1 for "b", +1 for "#").</summary>
    public int Alteration { get; }

    /// <summary>The chord's quality.</summary>
    public ChordQuality Quality { get; }

    /// <summary>Parses a Roman numeral; anything else is a <see cref="FormatException"/> naming the problem.</summary>
    public static RomanNumeral Parse(string text)
    {
        var rest = text?.Trim() ?? string.Empty;
        var original = rest;
        var alteration = 0;
        while (rest.Length > 0 && rest[0] is 'b' or '♭' or '#' or '♯')
        {
            alteration += rest[0] is '#' or '♯' ? 1 : -1;
            rest = rest[1..];
        }

        var (degree, isMajor, numeralLength) = ReadNumeral(rest, original);
        var suffix = rest[numeralLength..];
        var quality = QualityOf(isMajor, suffix)
            ?? throw new FormatException($"'{original}' has an unknown chord suffix '{suffix}' (expected 7, maj7, o, o7, ø7, +, sus2, sus4 or add9).");
        return new RomanNumeral(original, degree, alteration, quality);
    }

    /// <summary>The chord this numeral names in <paramref name="key"/>.</summary>
    public Chord ChordIn(Key key)
    {
        var steps = key.Scale.IsHeptatonic ? key.Scale.Steps : Scale.Major.Steps;
        return new Chord(key.Tonic + steps[Degree - 1] + Alteration, Quality);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static (int Degree, bool IsMajor, int Length) ReadNumeral(string text, string original)
    {
        foreach (var numeral in Numerals)
        {
            if (text.StartsWith(numeral, StringComparison.Ordinal))
            {
                return (DegreeOf(numeral), true, numeral.Length);
            }

            if (text.StartsWith(numeral.ToLowerInvariant(), StringComparison.Ordinal))
            {
                return (DegreeOf(numeral), false, numeral.Length);
            }
        }

        throw new FormatException($"'{original}' is not a Roman numeral chord (expected I to VII, e.g. \"ii7\" or \"bVII\").");
    }

    private static int DegreeOf(string numeral) => numeral switch
    {
        "I" => 1,
        "II" => 2,
        "III" => 3,
        "IV" => 4,
        "V" => 5,
        "VI" => 6,
        _ => 7,
    };

    private static ChordQuality? QualityOf(bool isMajor, string suffix) => (isMajor, suffix) switch
    {
        (true, "") => ChordQuality.Major,
        (false, "") => ChordQuality.Minor,
        (true, "7") => ChordQuality.Dominant7,
        (false, "7") => ChordQuality.Minor7,
        (true, "maj7" or "M7") => ChordQuality.Major7,
        (false, "maj7" or "M7") => ChordQuality.MinorMajor7,
        (false, "o" or "°") => ChordQuality.Diminished,
        (false, "o7" or "°7") => ChordQuality.Diminished7,
        (false, "ø" or "ø7") => ChordQuality.HalfDiminished7,
        (true, "+") => ChordQuality.Augmented,
        (_, "sus2") => ChordQuality.Sus2,
        (_, "sus4") => ChordQuality.Sus4,
        (true, "add9") => ChordQuality.Add9,
        (false, "add9") => ChordQuality.MinorAdd9,
        _ => null,
    };
}
