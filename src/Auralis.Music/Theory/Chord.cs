namespace Auralis.Music.Theory;

/// <summary>A chord: a root pitch class and a quality ("Dm7").</summary>
public sealed record Chord(PitchClass Root, ChordQuality Quality)
{
    /// <summary>Semitones above the root, root first.</summary>
    public IReadOnlyList<int> Intervals => Quality.Intervals();

    /// <summary>The chord's pitch classes, root first.</summary>
    public IReadOnlyList<PitchClass> PitchClasses => Intervals.Select(i => Root + i).ToArray();

    /// <summary>The lead-sheet symbol ("Dm7", "Bdim", "Gsus4", "Cadd9").</summary>
    public string Symbol => Root.Name + Quality.Suffix();

    /// <summary>True when the pitch class sounds in the chord.</summary>
    public bool Contains(PitchClass pitchClass)
    {
        foreach (var interval in Intervals)
        {
            if (Root + interval == pitchClass)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the pitch's class sounds in the chord.</summary>
    public bool Contains(Pitch pitch) => Contains(pitch.PitchClass);

    /// <summary>Parses a lead-sheet symbol: a root ("F#", "Bb") then a suffix ("", "m", "7", "maj7", "m7b5", "dim7", "sus4", "add9" …).</summary>
    public static Chord Parse(string symbol)
    {
        var trimmed = symbol?.Trim() ?? string.Empty;
        if (!PitchClass.TryParsePrefix(trimmed, out var root, out var length))
        {
            throw new FormatException($"'{symbol}' is not a chord symbol: it must start with a root such as C, F# or Bb.");
        }

        var suffix = trimmed[length..];
        foreach (var (candidate, quality) in ChordQualities.BySuffixLongestFirst())
        {
            if (string.Equals(candidate, suffix, StringComparison.Ordinal))
            {
                return new Chord(root, quality);
            }
        }

        throw new FormatException($"'{symbol}' has an unknown chord suffix '{suffix}'.");
    }

    /// <inheritdoc />
    public override string ToString() => Symbol;
}
