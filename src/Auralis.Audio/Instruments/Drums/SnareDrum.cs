using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Auralis.Audio.Oscillators;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments.Drums;

/// <summary>The snare: a 185 Hz tone (50 ms decay) mixed with the kit's noise (70 ms decay).</summary>
/// <remarks>
/// Rendered in closed form, like the kick: frame i of the block has tone₀·tⁱ and noise₀·nⁱ and the phase
/// phase₀ + (i+1)·step (wrapped), so a vector of frames goes at once; the per-lane loop does the same.
/// </remarks>
/// <param name="noise">The kit's noise stream.</param>
/// <param name="vectors">Whether the hardware accelerates vectors (without, every frame goes lane by lane).</param>
internal sealed class SnareDrum(DrumNoise noise, bool vectors)
{
    private readonly float[] _laneTones = new float[Vector<float>.Count];
    private readonly float[] _laneLevels = new float[Vector<float>.Count];
    private float _sampleRate;
    private DecayLanes _tone = new(0f);
    private DecayLanes _noise = new(0f);

    /// <summary>Works out the decays for <paramref name="sampleRate"/>, once rather than in every block.</summary>
    public void Prepare(float sampleRate)
    {
        _sampleRate = sampleRate;
        (_tone, _noise) = (new DecayLanes(DrumKinds.Decay(0.05f, sampleRate)), new DecayLanes(DrumKinds.Decay(0.07f, sampleRate)));
    }

    /// <summary>Adds the hit's next frames to <paramref name="output"/>, drawing as many from the kit's noise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Render(DrumHit hit, Span<float> output)
    {
        var lanes = Vector<float>.Count;
        var (tone, level, phase) = (hit.EnvelopeA, hit.EnvelopeB, hit.Phase);
        var gain = hit.Velocity;
        var step = 185f / _sampleRate;
        var noises = noise.Next(output.Length);
        var (toneStride, noiseStride) = (_tone.Stride, _noise.Stride);
        var whole = vectors ? output.Length / lanes : 0;
        var tones = new Vector<float>(tone) * _tone.Powers;
        var levels = new Vector<float>(level) * _noise.Powers;
        var outputs = MemoryMarshal.Cast<float, Vector<float>>(output);
        var whites = MemoryMarshal.Cast<float, Vector<float>>(noises);
        var frame = Vector.ConvertToSingle(Vector<int>.Indices + Vector<int>.One);
        var (lastTones, lastLevels, lastPhases) = (tones, levels, Vector<float>.Zero);
        for (var v = 0; v < whole; v++)
        {
            var phases = new Vector<float>(phase) + (frame * new Vector<float>(step));
            phases -= Vector.Floor(phases);
            var sine = SinePolynomial.Sin(phases);
            outputs[v] += ((new Vector<float>(0.5f) * sine * tones) + (new Vector<float>(0.6f) * whites[v] * levels)) * new Vector<float>(gain);
            (lastTones, lastLevels, lastPhases) = (tones, levels, phases);
            tones *= new Vector<float>(toneStride);
            levels *= new Vector<float>(noiseStride);
            frame += new Vector<float>(lanes);
        }

        var laneTones = _laneTones.AsSpan();
        var laneLevels = _laneLevels.AsSpan();
        tones.CopyTo(laneTones);
        levels.CopyTo(laneLevels);
        var (lastTone, lastLevel, lastPhase) = (tone, level, phase);
        for (var i = whole * lanes; i < output.Length; i += lanes)
        {
            for (var lane = 0; lane < lanes && i + lane < output.Length; lane++)
            {
                lastPhase = phase + ((i + lane + 1) * step);
                lastPhase -= MathF.Floor(lastPhase);
                var sine = SinePolynomial.Sin(lastPhase);
                output[i + lane] += ((0.5f * sine * laneTones[lane]) + (0.6f * noises[i + lane] * laneLevels[lane])) * gain;
                (lastTone, lastLevel) = (laneTones[lane], laneLevels[lane]);
                laneTones[lane] *= toneStride;
                laneLevels[lane] *= noiseStride;
            }
        }

        if (whole * lanes == output.Length && whole > 0)
        {
            (lastTone, lastLevel, lastPhase) = (lastTones[lanes - 1], lastLevels[lanes - 1], lastPhases[lanes - 1]);
        }

        if (output.Length > 0)
        {
            (hit.EnvelopeA, hit.EnvelopeB, hit.Phase) = (lastTone * _tone.PerFrame, lastLevel * _noise.PerFrame, lastPhase);
        }
    }
}
