using Auralis.Audio.Filters;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments.Drums;

/// <summary>The hi-hats: noise through two high-pass stages, the closed hat decaying in 18 ms and the open one in 120 ms.</summary>
/// <remarks>The stages are a one-pole at 7 kHz and then its difference, which tilts the noise further up.</remarks>
/// <param name="noise">The kit's noise stream.</param>
/// <param name="vectors">Whether the hardware accelerates vectors (without, the filter and the decay go lane by lane).</param>
internal sealed class HatDrum(DrumNoise noise, bool vectors)
{
    private HighPassScan _highPass = new(0f);
    private DecayLanes _open = new(0f);
    private DecayLanes _closed = new(0f);

    /// <summary>Works out the filter and the decays for <paramref name="sampleRate"/>, once rather than in every block.</summary>
    public void Prepare(float sampleRate)
    {
        (_open, _closed) = (new DecayLanes(DrumKinds.Decay(0.12f, sampleRate)), new DecayLanes(DrumKinds.Decay(0.018f, sampleRate)));
        _highPass = new HighPassScan(MathF.Exp(-2f * MathF.PI * 7000f / sampleRate));
    }

    /// <summary>Adds the hit's next frames to <paramref name="output"/>, drawing as many from the kit's noise.</summary>
    public void Render(DrumHit hit, Span<float> output)
    {
        var filtered = noise.HighPassed(hit, output.Length, _highPass, vectors);
        var edges = noise.Scratch(output.Length);
        SampleMath.Difference(filtered, edges);
        var decay = hit.Kind == DrumKind.OpenHat ? _open : _closed;
        hit.EnvelopeA = decay.AddDecaying(edges, output, hit.EnvelopeA, hit.Velocity * 0.45f, vectors);
    }
}
