namespace Auralis.Audio.Instruments.Drums;

/// <summary>One ringing hit of the kit: which drum, how far it has played, and the state its drum carries between blocks.</summary>
/// <remarks>The kit keeps a fixed pool of these, struck in turn; a drum reads and writes only the hit it renders.</remarks>
internal sealed class DrumHit
{
    /// <summary>The drum this hit plays.</summary>
    public DrumKind Kind;

    /// <summary>Frames played since the hit.</summary>
    public int Age;

    /// <summary>The hit's gain, its MIDI velocity over 127.</summary>
    public float Velocity;

    /// <summary>The tone's phase in cycles (kick and snare).</summary>
    public float Phase;

    /// <summary>The drum's first level: the kick's amplitude, the snare's tone, the clap's burst, a hat's decay.</summary>
    public float EnvelopeA;

    /// <summary>The drum's second level: the kick's sweep, the snare's noise, the clap's tail.</summary>
    public float EnvelopeB;

    /// <summary>The high-pass's last output (clap and hats).</summary>
    public float HighPass;

    /// <summary>The last noise sample that went into the high-pass.</summary>
    public float LastNoise;

    /// <summary>Whether the hit still sounds.</summary>
    public bool Active;

    /// <summary>Starts the hit again as <paramref name="kind"/> at <paramref name="velocity"/> (1..127).</summary>
    public void Strike(DrumKind kind, int velocity)
    {
        Kind = kind;
        Age = 0;
        Phase = 0;
        EnvelopeA = EnvelopeB = 1f;
        Velocity = Math.Clamp(velocity, 1, 127) / 127f;
        HighPass = LastNoise = 0;
        Active = true;
    }
}
