namespace Auralis.Music.Theory;

/// <summary>A scale or mode: a name and the semitone offsets of its degrees above the tonic.</summary>
public sealed class Scale
{
    private Scale(string name, params int[] steps)
    {
        Name = name;
        Steps = steps;
    }

    /// <summary>The scale's name in lower case, as <see cref="Parse"/> accepts it ("dorian", "minor pentatonic").</summary>
    public string Name { get; }

    /// <summary>Semitones above the tonic of each degree, ascending, the first always 0.</summary>
    public IReadOnlyList<int> Steps { get; }

    /// <summary>How many degrees the scale has in one octave.</summary>
    public int Length => Steps.Count;

    /// <summary>The major scale.</summary>
    public static Scale Major { get; } = new("major", 0, 2, 4, 5, 7, 9, 11);
    /// <summary>The natural minor scale (the Aeolian mode).</summary>
    public static Scale NaturalMinor { get; } = new("minor", 0, 2, 3, 5, 7, 8, 10);
    /// <summary>The harmonic minor scale (raised seventh).</summary>
    public static Scale HarmonicMinor { get; } = new("harmonic minor", 0, 2, 3, 5, 7, 8, 11);
    /// <summary>The ascending melodic minor scale (raised sixth and seventh).</summary>
    public static Scale MelodicMinor { get; } = new("melodic minor", 0, 2, 3, 5, 7, 9, 11);
    /// <summary>The Ionian mode.</summary>
    public static Scale Ionian { get; } = new("ionian", 0, 2, 4, 5, 7, 9, 11);
    /// <summary>The Dorian mode.</summary>
    public static Scale Dorian { get; } = new("dorian", 0, 2, 3, 5, 7, 9, 10);
    /// <summary>The Phrygian mode.</summary>
    public static Scale Phrygian { get; } = new("phrygian", 0, 1, 3, 5, 7, 8, 10);
    /// <summary>The Lydian mode.</summary>
    public static Scale Lydian { get; } = new("lydian", 0, 2, 4, 6, 7, 9, 11);
    /// <summary>The Mixolydian mode.</summary>
    public static Scale Mixolydian { get; } = new("mixolydian", 0, 2, 4, 5, 7, 9, 10);
    /// <summary>The Aeolian mode.</summary>
    public static Scale Aeolian { get; } = new("aeolian", 0, 2, 3, 5, 7, 8, 10);
    /// <summary>The Locrian mode.</summary>
    public static Scale Locrian { get; } = new("locrian", 0, 1, 3, 5, 6, 8, 10);
    /// <summary>The major pentatonic scale.</summary>
    public static Scale MajorPentatonic { get; } = new("major pentatonic", 0, 2, 4, 7, 9);
    /// <summary>The minor pentatonic scale.</summary>
    public static Scale MinorPentatonic { get; } = new("minor pentatonic", 0, 3, 5, 7, 10);
    /// <summary>The six-note blues scale (minor pentatonic with the flat fifth).</summary>
    public static Scale Blues { get; } = new("blues", 0, 3, 5, 6, 7, 10);
    /// <summary>The whole-tone scale.</summary>
    public static Scale WholeTone { get; } = new("whole tone", 0, 2, 4, 6, 8, 10);
    /// <summary>All twelve semitones.</summary>
    public static Scale Chromatic { get; } = new("chromatic", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

    /// <summary>Every scale Auralis knows.</summary>
    public static IReadOnlyList<Scale> All { get; } =
    [
        Major, NaturalMinor, HarmonicMinor, MelodicMinor, Ionian, Dorian, Phrygian, Lydian, Mixolydian,
        Aeolian, Locrian, MajorPentatonic, MinorPentatonic, Blues, WholeTone, Chromatic,
    ];

    /// <summary>
    /// The scale named <paramref name="name"/>, ignoring case, spaces, hyphens and underscores
    /// ("Harmonic-Minor", "natural_minor" and "minor" all work).
    /// </summary>
    public static Scale Parse(string name)
    {
        var wanted = Normalize(name ?? string.Empty);
        if (wanted == "naturalminor")
        {
            return NaturalMinor;
        }

        foreach (var scale in All)
        {
            if (Normalize(scale.Name) == wanted)
            {
                return scale;
            }
        }

        throw new ArgumentException(
            $"Unknown scale '{name}'. Known scales: {string.Join(", ", All.Select(s => s.Name))}.", nameof(name));
    }

    /// <summary>True when the scale has seven degrees, so chords can be stacked in thirds on its degrees.</summary>
    public bool IsHeptatonic => Steps.Count == 7;

    /// <inheritdoc />
    public override string ToString() => Name;

    private static string Normalize(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '_').Select(char.ToLowerInvariant).ToArray());
}
