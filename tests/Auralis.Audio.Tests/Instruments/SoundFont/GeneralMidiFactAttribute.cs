namespace Auralis.Audio.Tests.Instruments.SoundFont;

/// <summary>A fact that plays Debian's General MIDI SoundFont, skipped with the reason where it is not installed.</summary>
/// <remarks>xunit v2 has no dynamic skip, so the attribute decides when the test is discovered.</remarks>
public sealed class GeneralMidiFactAttribute : FactAttribute
{
    /// <summary>Where Debian's <c>fluid-soundfont-gm</c> package installs FluidR3_GM.</summary>
    public const string Path = "/usr/share/sounds/sf2/FluidR3_GM.sf2";

    /// <summary>Skips the test when the SoundFont is missing.</summary>
    public GeneralMidiFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"The General MIDI SoundFont is not installed at {Path} (.ci/run installs Debian's fluid-soundfont-gm with apt)";
        }
    }
}
