namespace Auralis.Music.Theory;

/// <summary>How many thirds a diatonic chord stacks: three notes or four.</summary>
public enum ChordSize
{
    /// <summary>Root, third and fifth.</summary>
    Triad,

    /// <summary>Root, third, fifth and seventh.</summary>
    Seventh,
}
