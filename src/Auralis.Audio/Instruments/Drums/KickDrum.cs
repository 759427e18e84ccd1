using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Auralis.Audio.Oscillators;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments.Drums;

/// <summary>The kick: a sine swept from 150 Hz down to 48 Hz, its amplitude decaying with a 160 ms time constant.</summary>
/// <remarks>
/// Rendered in closed form, so that no frame waits on the one before and a vector of frames goes at once: frame i of
/// the block has amp₀·aⁱ and sweep₀·sⁱ (the powers advance by a^lanes and s^lanes per vector), and its phase is the
/// block's first plus the sum of the increments up to it, (48·(i+1) + 102·sweep₀·(1 − sⁱ⁺¹)/(1 − s)) / rate, a
/// geometric series. The per-lane loop does the same and renders what is left after the whole vectors.
/// </remarks>
/// <param name="vectors">Whether the hardware accelerates vectors (without, every frame goes lane by lane).</param>
internal sealed class KickDrum(bool vectors)
{
    private readonly float[] _laneAmps = new float[Vector<float>.Count];
    private readonly float[] _laneSweeps = new float[Vector<float>.Count];
    private float _sampleRate;
    private DecayLanes _amp = new(0f);
    private DecayLanes _sweep = new(0f);
    private float _sweepSum;

    /// <summary>Works out the decays for <paramref name="sampleRate"/>, once rather than in every block.</summary>
    public void Prepare(float sampleRate)
    {
        _sampleRate = sampleRate;
        (_amp, _sweep) = (new DecayLanes(DrumKinds.Decay(0.16f, sampleRate)), new DecayLanes(DrumKinds.Decay(0.035f, sampleRate)));
        _sweepSum = 1f / (1f - _sweep.PerFrame);
    }

    /// <summary>Adds the hit's next frames to <paramref name="output"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Render(DrumHit hit, Span<float> output)
    {
        var lanes = Vector<float>.Count;
        var (amp, sweep, phase) = (hit.EnvelopeA, hit.EnvelopeB, hit.Phase);
        var gain = hit.Velocity;
        var perSample = 1f / _sampleRate;
        var (ampDecay, ampStride) = (_amp.PerFrame, _amp.Stride);
        var (sweepDecay, sweepStride) = (_sweep.PerFrame, _sweep.Stride);
        var whole = vectors ? output.Length / lanes : 0;
        var amps = new Vector<float>(amp) * _amp.Powers;
        var sweeps = new Vector<float>(sweep) * _sweep.Powers;
        var outputs = MemoryMarshal.Cast<float, Vector<float>>(output);
        var frame = Vector.ConvertToSingle(Vector<int>.Indices + Vector<int>.One);
        var (lastAmps, lastSweeps, lastPhases) = (amps, sweeps, Vector<float>.Zero);
        for (var v = 0; v < whole; v++)
        {
            var next = sweeps * new Vector<float>(sweepDecay);
            var phases = new Vector<float>(phase) + (((new Vector<float>(48f) * frame) + (new Vector<float>(102f) * ((new Vector<float>(sweep) - next) * new Vector<float>(_sweepSum)))) * new Vector<float>(perSample));
            outputs[v] += SinePolynomial.Sin(phases - Vector.Floor(phases)) * amps * new Vector<float>(gain);
            (lastAmps, lastSweeps, lastPhases) = (amps, sweeps, phases);
            amps *= new Vector<float>(ampStride);
            sweeps *= new Vector<float>(sweepStride);
            frame += new Vector<float>(lanes);
        }

        var laneAmps = _laneAmps.AsSpan();
        var laneSweeps = _laneSweeps.AsSpan();
        amps.CopyTo(laneAmps);
        sweeps.CopyTo(laneSweeps);
        var (lastAmp, lastSweep, lastPhase) = (amp, sweep, phase);
        for (var i = whole * lanes; i < output.Length; i += lanes)
        {
            for (var lane = 0; lane < lanes && i + lane < output.Length; lane++)
            {
                var next = laneSweeps[lane] * sweepDecay;
                lastPhase = phase + (((48f * (i + lane + 1)) + (102f * ((sweep - next) * _sweepSum))) * perSample);
                output[i + lane] += SinePolynomial.Sin(lastPhase - MathF.Floor(lastPhase)) * laneAmps[lane] * gain;
                (lastAmp, lastSweep) = (laneAmps[lane], laneSweeps[lane]);
                laneAmps[lane] *= ampStride;
                laneSweeps[lane] *= sweepStride;
            }
        }

        if (whole * lanes == output.Length && whole > 0)
        {
            // The block's last frame was the vector loop's, in its last lane.
            (lastAmp, lastSweep, lastPhase) = (lastAmps[lanes - 1], lastSweeps[lanes - 1], lastPhases[lanes - 1]);
        }

        if (output.Length > 0)
        {
            (hit.EnvelopeA, hit.EnvelopeB, hit.Phase) = (lastAmp * ampDecay, lastSweep * sweepDecay, lastPhase - MathF.Floor(lastPhase));
        }
    }
}
