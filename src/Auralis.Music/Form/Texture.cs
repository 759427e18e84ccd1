namespace Auralis.Music.Form;

/// <summary>How the accompaniment sounds the harmony.</summary>
public enum Texture
{
    /// <summary>Each chord held as a voiced chord.</summary>
    Pad,

    /// <summary>Each chord broken into a running figure.</summary>
    Arpeggio,

    /// <summary>Short rhythmic chords off the beat, as a keyboard player comps.</summary>
    Comping,
}
