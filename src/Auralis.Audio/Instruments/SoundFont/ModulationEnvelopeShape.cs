namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>
/// A sampled zone's modulation envelope (SF2's delayModEnv … releaseModEnv): a level from 0 to 1 that bends the pitch and
/// moves the filter's cutoff. Unlike the volume envelope, every segment is a straight line in that level: the attack rises
/// from 0 to 1 over <see cref="AttackSeconds"/>, and the decay and the release fall at the rate of a whole fall from 1 to 0
/// in <see cref="DecaySeconds"/> and <see cref="ReleaseSeconds"/>.
/// </summary>
/// <param name="DelaySeconds">Time at 0 before the attack.</param>
/// <param name="AttackSeconds">The rise from 0 to 1.</param>
/// <param name="HoldSeconds">Time held at 1.</param>
/// <param name="DecaySeconds">The time a whole fall from 1 to 0 takes in the decay (it stops at the sustain level).</param>
/// <param name="SustainLevel">The level held while the key is down, 0..1 (SF2's sustainModEnv is its fall in tenths of a percent).</param>
/// <param name="ReleaseSeconds">The time a whole fall from 1 to 0 takes after the key is let go.</param>
/// <param name="HoldCentsPerKey">Timecents added to the hold per key below 60 (SF2 keynumToModEnvHold).</param>
/// <param name="DecayCentsPerKey">Timecents added to the decay per key below 60 (SF2 keynumToModEnvDecay).</param>
public sealed record ModulationEnvelopeShape(
    double DelaySeconds,
    double AttackSeconds,
    double HoldSeconds,
    double DecaySeconds,
    double SustainLevel,
    double ReleaseSeconds,
    double HoldCentsPerKey = 0,
    double DecayCentsPerKey = 0)
{
    /// <summary>SF2's defaults (every time a millisecond, full sustain): a level that is 1 from the start and falls when the key is let go.</summary>
    public static ModulationEnvelopeShape Default { get; } = new(0.001, 0.001, 0.001, 0.001, 1, 0.001);

    /// <summary>The hold of a note on <paramref name="key"/>, in seconds.</summary>
    public double HoldFor(int key) => EnvelopeKeyScaling.Scale(HoldSeconds, HoldCentsPerKey, key);

    /// <summary>The decay of a note on <paramref name="key"/>, in seconds for a whole fall.</summary>
    public double DecayFor(int key) => EnvelopeKeyScaling.Scale(DecaySeconds, DecayCentsPerKey, key);
}
