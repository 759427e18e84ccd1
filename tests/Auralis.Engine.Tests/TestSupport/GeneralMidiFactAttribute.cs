namespace Auralis.Engine.Tests.TestSupport;

/// <summary>A fact that plays Debian's General MIDI SoundFont, skipped with the reason where it is not installed.</summary>
public sealed class GeneralMidiFactAttribute : FactAttribute
{
    /// <summary>Where Debian's <c>fluid-soundfont-gm</c> package installs FluidR3_GM.</summary>
    public const string Path = "/usr/share/sounds/sf2/FluidR3_GM.sf2";

    public GeneralMidiFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"The General MIDI SoundFont is not installed at {Path} (.ci/run installs Debian's fluid-soundfont-gm with apt)";
        }
    }
}
