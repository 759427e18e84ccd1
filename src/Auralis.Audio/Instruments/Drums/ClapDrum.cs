using Auralis.Audio.Filters;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments.Drums;

/// <summary>The clap: three quick bursts of high-passed noise, 10 ms apart, then a 60 ms tail.</summary>
/// <remarks>
/// The bursts are a few hundred frames a hit and run frame by frame; the tail, most of the clap, is a decay in closed
/// form (<see cref="DecayLanes"/>).
/// </remarks>
/// <param name="noise">The kit's noise stream.</param>
/// <param name="vectors">Whether the hardware accelerates vectors (without, the filter and the tail go lane by lane).</param>
internal sealed class ClapDrum(DrumNoise noise, bool vectors)
{
    private readonly HighPassScan _highPass = new(0.9f);
    private float _sampleRate;
    private float _burstDecay;
    private DecayLanes _tail = new(0f);

    /// <summary>Works out the decays for <paramref name="sampleRate"/>, once rather than in every block.</summary>
    public void Prepare(float sampleRate)
    {
        _sampleRate = sampleRate;
        (_burstDecay, _tail) = (DrumKinds.Decay(0.002f, sampleRate), new DecayLanes(DrumKinds.Decay(0.06f, sampleRate)));
    }

    /// <summary>Adds the hit's next frames to <paramref name="output"/>, drawing as many from the kit's noise.</summary>
    public void Render(DrumHit hit, Span<float> output)
    {
        var filtered = noise.HighPassed(hit, output.Length, _highPass, vectors)[1..];
        var burstPeriod = (int)(0.01f * _sampleRate);
        var gain = hit.Velocity * 0.7f;
        var (burst, age) = (hit.EnvelopeA, hit.Age);
        var bursts = Math.Clamp((3 * burstPeriod) - age, 0, output.Length);
        for (var i = 0; i < bursts; i++, age++)
        {
            burst = age % burstPeriod == 0 ? 1f : burst;
            output[i] += filtered[i] * burst * gain;
            burst *= _burstDecay;
        }

        // The tail's level stays at full through the bursts, and decays from the first frame after them.
        hit.EnvelopeA = burst;
        hit.EnvelopeB = _tail.AddDecaying(filtered[bursts..], output[bursts..], hit.EnvelopeB, gain, vectors);
    }
}
