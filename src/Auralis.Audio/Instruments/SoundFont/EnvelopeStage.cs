namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>Where a sampled voice's envelope is (the volume envelope's or the modulation envelope's): its segments in order.</summary>
internal enum EnvelopeStage
{
    Delay,
    Attack,
    Hold,
    Decay,
    Sustain,
    Release,

    /// <summary>Released all the way to nothing (the modulation envelope; the volume envelope's voice ends instead).</summary>
    Finished,
}
