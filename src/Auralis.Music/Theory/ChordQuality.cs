namespace Auralis.Music.Theory;

/// <summary>The quality of a chord: which intervals sound above its root.</summary>
public enum ChordQuality
{
    /// <summary>Major triad (0 4 7).</summary>
    Major,
    /// <summary>Minor triad (0 3 7).</summary>
    Minor,
    /// <summary>Diminished triad (0 3 6).</summary>
    Diminished,
    /// <summary>Augmented triad (0 4 8).</summary>
    Augmented,
    /// <summary>Suspended second (0 2 7).</summary>
    Sus2,
    /// <summary>Suspended fourth (0 5 7).</summary>
    Sus4,
    /// <summary>Major seventh (0 4 7 11).</summary>
    Major7,
    /// <summary>Minor seventh (0 3 7 10).</summary>
    Minor7,
    /// <summary>Dominant seventh (0 4 7 10).</summary>
    Dominant7,
    /// <summary>Half-diminished seventh (0 3 6 10).</summary>
    HalfDiminished7,
    /// <summary>Diminished seventh (0 3 6 9).</summary>
    Diminished7,
    /// <summary>Minor-major seventh (0 3 7 11).</summary>
    MinorMajor7,
    /// <summary>Major triad with an added ninth (0 4 7 14).</summary>
    Add9,
    /// <summary>Minor triad with an added ninth (0 3 7 14).</summary>
    MinorAdd9,
}

/// <summary>The intervals and symbols of each <see cref="ChordQuality"/>.</summary>
public static class ChordQualities
{
    private static readonly int[][] IntervalTable =
    [
        [0, 4, 7], [0, 3, 7], [0, 3, 6], [0, 4, 8], [0, 2, 7], [0, 5, 7],
        [0, 4, 7, 11], [0, 3, 7, 10], [0, 4, 7, 10], [0, 3, 6, 10], [0, 3, 6, 9], [0, 3, 7, 11],
        [0, 4, 7, 14], [0, 3, 7, 14],
    ];

    // Symbol suffixes in lead-sheet style; the order matches the enum.
    private static readonly string[] Suffixes = ["", "m", "dim", "aug", "sus2", "sus4", "maj7", "m7", "7", "m7b5", "dim7", "mMaj7", "add9", "madd9"];

    /// <summary>Semitones above the root, root first (the ninth of add9 chords is 14).</summary>
    public static IReadOnlyList<int> Intervals(this ChordQuality quality) => IntervalTable[(int)quality];

    /// <summary>The lead-sheet suffix ("m7", "dim", "" for major).</summary>
    public static string Suffix(this ChordQuality quality) => Suffixes[(int)quality];

    /// <summary>All suffixes with their qualities, longest first, so parsing finds "m7b5" before "m".</summary>
    internal static IEnumerable<(string Suffix, ChordQuality Quality)> BySuffixLongestFirst() =>
        Enum.GetValues<ChordQuality>()
            .Select(q => (Suffix(q), q))
            .Concat([("ø7", ChordQuality.HalfDiminished7), ("°7", ChordQuality.Diminished7), ("°", ChordQuality.Diminished), ("+", ChordQuality.Augmented), ("min", ChordQuality.Minor), ("M7", ChordQuality.Major7)])
            .OrderByDescending(pair => pair.Item1.Length);

    /// <summary>The triad whose third and fifth lie the given semitones above the root.</summary>
    internal static ChordQuality FromTriad(int third, int fifth) => (third, fifth) switch
    {
        (4, 7) => ChordQuality.Major,
        (3, 7) => ChordQuality.Minor,
        (3, 6) => ChordQuality.Diminished,
        (4, 8) => ChordQuality.Augmented,
        _ => throw new InvalidOperationException($"No triad has a third of {third} and a fifth of {fifth} semitones."),
    };

    /// <summary>The seventh chord whose third, fifth and seventh lie the given semitones above the root.</summary>
    internal static ChordQuality FromSeventh(int third, int fifth, int seventh) => (third, fifth, seventh) switch
    {
        (4, 7, 11) => ChordQuality.Major7,
        (3, 7, 10) => ChordQuality.Minor7,
        (4, 7, 10) => ChordQuality.Dominant7,
        (3, 6, 10) => ChordQuality.HalfDiminished7,
        (3, 6, 9) => ChordQuality.Diminished7,
        (3, 7, 11) => ChordQuality.MinorMajor7,
        // The augmented-major seventh of harmonic and melodic minor's III is heard as an augmented triad.
        (4, 8, 11) => ChordQuality.Augmented,
        _ => throw new InvalidOperationException($"No seventh chord has intervals {third}, {fifth}, {seventh}."),
    };
}
