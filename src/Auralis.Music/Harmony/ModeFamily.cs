using Auralis.Music.Theory;

namespace Auralis.Music.Harmony;

/// <summary>Whether a scale's tonic chord is major or minor: it picks which progression table a key uses.</summary>
public enum ModeFamily
{
    /// <summary>Major third above the tonic (major, lydian, mixolydian, major pentatonic, whole tone).</summary>
    Major,

    /// <summary>Minor third above the tonic (the minors, dorian, phrygian, locrian, minor pentatonic, blues).</summary>
    Minor,
}

/// <summary>Finds the mode family of a scale.</summary>
public static class ModeFamilies
{
    /// <summary>Minor when the scale has a minor third and no major third above its tonic, else major.</summary>
    public static ModeFamily Of(Scale scale) =>
        scale.Steps.Contains(Interval.MinorThird) && !scale.Steps.Contains(Interval.MajorThird) ? ModeFamily.Minor : ModeFamily.Major;
}
