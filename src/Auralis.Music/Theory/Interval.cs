namespace Auralis.Music.Theory;

/// <summary>Intervals in semitones, named as musicians name them.</summary>
public static class Interval
{
    /// <summary>0 semitones.</summary>
    public const int Unison = 0;
    /// <summary>1 semitone.</summary>
    public const int MinorSecond = 1;
    /// <summary>2 semitones.</summary>
    public const int MajorSecond = 2;
    /// <summary>3 semitones.</summary>
    public const int MinorThird = 3;
    /// <summary>4 semitones.</summary>
    public const int MajorThird = 4;
    /// <summary>5 semitones.</summary>
    public const int PerfectFourth = 5;
    /// <summary>6 semitones.</summary>
    public const int Tritone = 6;
    /// <summary>7 semitones.</summary>
    public const int PerfectFifth = 7;
    /// <summary>8 semitones.</summary>
    public const int MinorSixth = 8;
    /// <summary>9 semitones.</summary>
    public const int MajorSixth = 9;
    /// <summary>10 semitones.</summary>
    public const int MinorSeventh = 10;
    /// <summary>11 semitones.</summary>
    public const int MajorSeventh = 11;
    /// <summary>12 semitones.</summary>
    public const int Octave = 12;

    private static readonly string[] Names =
    [
        "unison", "minor second", "major second", "minor third", "major third", "perfect fourth", "tritone",
        "perfect fifth", "minor sixth", "major sixth", "minor seventh", "major seventh",
    ];

    /// <summary>The name of a (possibly compound or descending) interval, e.g. 19 → "perfect fifth + 1 octave".</summary>
    public static string Name(int semitones)
    {
        var size = Math.Abs(semitones);
        var octaves = size / 12;
        var simple = size % 12;
        var name = simple == 0 && octaves > 0 ? (octaves == 1 ? "octave" : $"{octaves} octaves")
            : octaves == 0 ? Names[simple]
            : $"{Names[simple]} + {octaves} octave{(octaves > 1 ? "s" : string.Empty)}";
        return semitones < 0 ? $"{name} down" : name;
    }

    /// <summary>True for the perfect consonances whose parallels voice leading avoids (unison, fifth, octave and their compounds).</summary>
    public static bool IsPerfectConsonance(int semitones) => (Math.Abs(semitones) % 12) is Unison or PerfectFifth;
}
