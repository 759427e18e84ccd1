namespace Auralis.Music.Percussion;

/// <summary>The drums of the percussion voice, numbered as General MIDI's percussion key map.</summary>
public enum Drum
{
    /// <summary>Bass drum (GM 36).</summary>
    Kick = 36,

    /// <summary>Acoustic snare (GM 38).</summary>
    Snare = 38,

    /// <summary>Hand clap (GM 39).</summary>
    Clap = 39,

    /// <summary>Closed hi-hat (GM 42).</summary>
    ClosedHat = 42,

    /// <summary>Open hi-hat (GM 46).</summary>
    OpenHat = 46,
}
