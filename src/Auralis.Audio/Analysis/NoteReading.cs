using Auralis.Music.Theory;

namespace Auralis.Audio.Analysis;

/// <summary>A frequency read as a note: the nearest equal-tempered pitch (A4 = 440 Hz) and how many cents off it the frequency is.</summary>
/// <param name="Hertz">The frequency read.</param>
/// <param name="Nearest">The nearest MIDI pitch (clamped to 0..127).</param>
/// <param name="Cents">Cents from <paramref name="Nearest"/> to the frequency: positive is sharp, negative flat.</param>
public readonly record struct NoteReading(double Hertz, Pitch Nearest, double Cents)
{
    /// <summary>The nearest pitch's scientific name, e.g. "A4".</summary>
    public string Name => Nearest.Name;

    /// <summary>The fractional MIDI number of the frequency (69 = A4, 69.5 = a quarter tone above).</summary>
    public double Midi => Nearest.MidiNumber + (Cents / 100);

    /// <summary>Reads <paramref name="hertz"/> as a note.</summary>
    public static NoteReading Of(double hertz)
    {
        var nearest = Pitch.FromFrequency(hertz);
        return new NoteReading(hertz, nearest, CentsBetween(nearest.Frequency, hertz));
    }

    /// <summary>The fractional MIDI number of <paramref name="hertz"/>, unclamped.</summary>
    public static double MidiOf(double hertz)
    {
        if (!(hertz > 0) || double.IsInfinity(hertz))
        {
            throw new ArgumentOutOfRangeException(nameof(hertz), hertz, "A frequency must be a positive number of hertz.");
        }

        return 69 + (12 * Math.Log2(hertz / 440.0));
    }

    /// <summary>The interval in cents from <paramref name="fromHertz"/> up to <paramref name="toHertz"/>.</summary>
    public static double CentsBetween(double fromHertz, double toHertz) => 1200 * Math.Log2(toHertz / fromHertz);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Name} {Cents:+0.0;-0.0;0.0} cents ({Hertz:0.##} Hz)");
}
