using Auralis.Music.Time;

namespace Auralis.Music.VoiceLeading;

/// <summary>How often a walking line moves: the seed's bass independence, not only once a bar.</summary>
public enum Subdivision
{
    /// <summary>On every quarter note.</summary>
    Quarter = Ticks.PerQuarter,

    /// <summary>On every eighth note.</summary>
    Eighth = Ticks.PerEighth,

    /// <summary>On every sixteenth note.</summary>
    Sixteenth = Ticks.PerSixteenth,
}
