namespace Auralis.Music.Form;

/// <summary>How a phrase ends.</summary>
public enum Cadence
{
    /// <summary>Dominant to tonic: the phrase closes (V–I).</summary>
    Authentic,

    /// <summary>Pauses on the dominant: the phrase asks for an answer.</summary>
    Half,
}
