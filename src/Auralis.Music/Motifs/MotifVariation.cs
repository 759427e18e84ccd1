namespace Auralis.Music.Motifs;

/// <summary>How a statement of a motif varies it inside a phrase.</summary>
public enum MotifVariation
{
    /// <summary>The motif as it is.</summary>
    Statement,

    /// <summary>Moved up one or two scale steps.</summary>
    SequenceUp,

    /// <summary>Moved down one or two scale steps.</summary>
    SequenceDown,

    /// <summary>Mirrored around its first note.</summary>
    Inversion,

    /// <summary>Played backwards.</summary>
    Retrograde,

    /// <summary>The phrase's close: the motif with its last note moved to the tonic and held to the phrase's end.</summary>
    Cadence,
}
