namespace Auralis.Music.Theory;

/// <summary>A pitch as a MIDI note number: C4 (middle C) = 60, A4 = 440 Hz = 69.</summary>
public readonly record struct Pitch : IComparable<Pitch>
{
    /// <summary>The lowest MIDI note number.</summary>
    public const int MinMidi = 0;

    /// <summary>The highest MIDI note number.</summary>
    public const int MaxMidi = 127;

    /// <summary>Creates the pitch with MIDI number <paramref name="midiNumber"/> (0..127).</summary>
    public Pitch(int midiNumber)
    {
        if (midiNumber is < MinMidi or > MaxMidi)
        {
            throw new ArgumentOutOfRangeException(nameof(midiNumber), midiNumber, "A MIDI note number lies in 0..127.");
        }

        MidiNumber = midiNumber;
    }

    /// <summary>The MIDI note number.</summary>
    public int MidiNumber { get; }

    /// <summary>The pitch class, octave removed.</summary>
    public PitchClass PitchClass => new(MidiNumber % 12);

    /// <summary>The scientific octave number (C4 = 60; C-1 = 0).</summary>
    public int Octave => (MidiNumber / 12) - 1;

    /// <summary>The scientific name with sharps ("C#4").</summary>
    public string Name => $"{PitchClass.Name}{Octave}";

    /// <summary>The equal-tempered frequency in hertz, A4 = 440 Hz.</summary>
    public double Frequency => FrequencyOf(MidiNumber);

    /// <summary>The equal-tempered frequency of a (possibly fractional) MIDI number.</summary>
    public static double FrequencyOf(double midiNumber) => 440.0 * Math.Pow(2.0, (midiNumber - 69) / 12.0);

    /// <summary>The nearest pitch to <paramref name="hertz"/>.</summary>
    public static Pitch FromFrequency(double hertz)
    {
        if (!(hertz > 0) || double.IsInfinity(hertz))
        {
            throw new ArgumentOutOfRangeException(nameof(hertz), hertz, "A frequency must be a positive number of hertz.");
        }

        var midi = (int)Math.Round(69 + (12 * Math.Log2(hertz / 440.0)), MidpointRounding.AwayFromZero);
        return new Pitch(Math.Clamp(midi, MinMidi, MaxMidi));
    }

    /// <summary>Parses a scientific pitch name such as "C4", "F#3", "Bb-1".</summary>
    public static Pitch Parse(string name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (!PitchClass.TryParsePrefix(trimmed, out var pitchClass, out var length)
            || !int.TryParse(trimmed.AsSpan(length), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var octave))
        {
            throw new FormatException($"'{name}' is not a pitch name (expected a note and an octave, e.g. \"C#4\").");
        }

        // The letter's octave decides, so B#3 is C4 and Cb4 is B3.
        var letterValue = PitchClass.Parse(trimmed[..1]).Value;
        var midi = ((octave + 1) * 12) + letterValue + (pitchClass.Value - letterValue + 18) % 12 - 6;
        if (midi is < MinMidi or > MaxMidi)
        {
            throw new FormatException($"'{name}' lies outside the MIDI range C-1..G9.");
        }

        return new Pitch(midi);
    }

    /// <summary>The pitch <paramref name="semitones"/> away.</summary>
    public Pitch Transpose(int semitones) => new(MidiNumber + semitones);

    /// <summary>The pitch <paramref name="semitones"/> above.</summary>
    public static Pitch operator +(Pitch pitch, int semitones) => pitch.Transpose(semitones);

    /// <summary>The pitch <paramref name="semitones"/> below.</summary>
    public static Pitch operator -(Pitch pitch, int semitones) => pitch.Transpose(-semitones);

    /// <summary>The signed distance in semitones from <paramref name="right"/> up to <paramref name="left"/>.</summary>
    public static int operator -(Pitch left, Pitch right) => left.MidiNumber - right.MidiNumber;

    /// <summary>True when <paramref name="left"/> sounds lower.</summary>
    public static bool operator <(Pitch left, Pitch right) => left.MidiNumber < right.MidiNumber;

    /// <summary>True when <paramref name="left"/> sounds higher.</summary>
    public static bool operator >(Pitch left, Pitch right) => left.MidiNumber > right.MidiNumber;

    /// <summary>True when <paramref name="left"/> is not higher.</summary>
    public static bool operator <=(Pitch left, Pitch right) => left.MidiNumber <= right.MidiNumber;

    /// <summary>True when <paramref name="left"/> is not lower.</summary>
    public static bool operator >=(Pitch left, Pitch right) => left.MidiNumber >= right.MidiNumber;

    /// <inheritdoc />
    public int CompareTo(Pitch other) => MidiNumber.CompareTo(other.MidiNumber);

    /// <inheritdoc />
    public override string ToString() => Name;
}
