namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>
/// A sampled zone's volume envelope (delay, attack, hold, decay, sustain, release), in seconds and a linear sustain
/// level, as the SoundFont 2.04 volume envelope has it: the attack rises linearly in amplitude; decay and release fall
/// linearly in decibels, <see cref="DecaySeconds"/> and <see cref="ReleaseSeconds"/> being the time a full 100 dB fall takes.
/// </summary>
/// <param name="DelaySeconds">Silence before the attack.</param>
/// <param name="AttackSeconds">The rise from silence to full level.</param>
/// <param name="HoldSeconds">Time held at full level.</param>
/// <param name="DecaySeconds">The time a 100 dB fall takes in the decay (it stops at the sustain level).</param>
/// <param name="SustainLevel">The level held while the key is down, 0..1.</param>
/// <param name="ReleaseSeconds">The time a 100 dB fall takes after the key is let go.</param>
/// <param name="HoldCentsPerKey">Timecents added to the hold per key below 60 (SF2 keynumToVolEnvHold).</param>
/// <param name="DecayCentsPerKey">Timecents added to the decay per key below 60 (SF2 keynumToVolEnvDecay).</param>
public sealed record VolumeEnvelopeShape(
    double DelaySeconds,
    double AttackSeconds,
    double HoldSeconds,
    double DecaySeconds,
    double SustainLevel,
    double ReleaseSeconds,
    double HoldCentsPerKey = 0,
    double DecayCentsPerKey = 0)
{
    /// <summary>An organ-like envelope: instant attack, full sustain, a short release.</summary>
    public static VolumeEnvelopeShape Default { get; } = new(0, 0.001, 0, 0.001, 1, 0.05);

    /// <summary>The hold of a note on <paramref name="key"/>, in seconds.</summary>
    public double HoldFor(int key) => EnvelopeKeyScaling.Scale(HoldSeconds, HoldCentsPerKey, key);

    /// <summary>The decay of a note on <paramref name="key"/>, in seconds per 100 dB.</summary>
    public double DecayFor(int key) => EnvelopeKeyScaling.Scale(DecaySeconds, DecayCentsPerKey, key);
}
