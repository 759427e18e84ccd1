namespace Auralis.Music.VoiceLeading;

/// <summary>The rhythm a bass plays across a chord.</summary>
public enum BassFigure
{
    /// <summary>The root held for the whole chord.</summary>
    Pedal,

    /// <summary>The root, then the fifth halfway through.</summary>
    RootFifth,

    /// <summary>A walking line on every beat, approaching the next chord's root.</summary>
    Walking,

    /// <summary>Driving eighths on the root, leaping to its octave on the off-beats.</summary>
    Drive,

    /// <summary>A dotted figure that pushes ahead of the beat: root, root, fifth, approach.</summary>
    Syncopated,
}
