namespace Auralis.Music.Theory;

/// <summary>One of the twelve pitch classes, 0 = C through 11 = B, independent of octave.</summary>
public readonly record struct PitchClass : IComparable<PitchClass>
{
    private static readonly string[] SharpNames = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];
    private static readonly int[] LetterValues = [9, 11, 0, 2, 4, 5, 7]; // A..G

    /// <summary>Creates the pitch class <paramref name="value"/> (0..11).</summary>
    public PitchClass(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 11);
        Value = value;
    }

    /// <summary>0 = C, 1 = C♯/D♭ … 11 = B.</summary>
    public int Value { get; }

    /// <summary>The name with sharps ("C", "F#").</summary>
    public string Name => SharpNames[Value];

    /// <summary>The pitch class of any integer, taken modulo 12.</summary>
    public static PitchClass FromSemitones(int semitones) => new(((semitones % 12) + 12) % 12);

    /// <summary>Parses a note name without octave: a letter A–G followed by any number of '#', '♯', 'b' or '♭'.</summary>
    public static PitchClass Parse(string name)
    {
        if (!TryParsePrefix(name, out var pitchClass, out var length) || length != (name?.Trim().Length ?? 0))
        {
            throw new FormatException($"'{name}' is not a note name (expected a letter A-G with optional # or b, e.g. \"Eb\").");
        }

        return pitchClass;
    }

    /// <summary>Reads a note name from the start of <paramref name="text"/>; <paramref name="length"/> is how many characters it took.</summary>
    internal static bool TryParsePrefix(string text, out PitchClass pitchClass, out int length)
    {
        pitchClass = default;
        length = 0;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return false;
        }

        var letter = char.ToUpperInvariant(trimmed[0]);
        if (letter is < 'A' or > 'G')
        {
            return false;
        }

        var semitones = LetterValues[letter - 'A'];
        length = 1;
        while (length < trimmed.Length)
        {
            var accidental = trimmed[length];
            if (accidental is '#' or '♯')
            {
                semitones++;
            }
            else if (accidental is 'b' or '♭')
            {
                semitones--;
            }
            else
            {
                break;
            }

            length++;
        }

        pitchClass = FromSemitones(semitones);
        return true;
    }

    /// <summary>Ascending semitones from this pitch class up to <paramref name="other"/> (0..11).</summary>
    public int SemitonesUpTo(PitchClass other) => (other.Value - Value + 12) % 12;

    /// <summary>The pitch class <paramref name="semitones"/> above (or below, when negative).</summary>
    public static PitchClass operator +(PitchClass pitchClass, int semitones) => FromSemitones(pitchClass.Value + semitones);

    /// <summary>The pitch class <paramref name="semitones"/> below.</summary>
    public static PitchClass operator -(PitchClass pitchClass, int semitones) => FromSemitones(pitchClass.Value - semitones);

    /// <inheritdoc />
    public int CompareTo(PitchClass other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public override string ToString() => Name;
}
