namespace Auralis.Cli.Connect;

/// <summary>Names MIDI note numbers the way musicians read them: 60 is C4, 61 is C#4.</summary>
public static class NoteNames
{
    private static readonly string[] PitchClasses = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];

    /// <summary>The name of MIDI note <paramref name="pitch"/> (0–127).</summary>
    public static string Of(int pitch) => pitch is < 0 or > 127 ? pitch.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{PitchClasses[pitch % 12]}{(pitch / 12) - 1}";
}
