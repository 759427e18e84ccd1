namespace Auralis.Music.Harmony;

/// <summary>The market's mood, which picks the harmony's chord progression.</summary>
public enum Regime
{
    /// <summary>Prices rising steadily.</summary>
    Bull,

    /// <summary>Prices falling steadily.</summary>
    Bear,

    /// <summary>Prices moving little either way.</summary>
    Sideways,

    /// <summary>Prices swinging widely.</summary>
    Volatile,
}
