using System.Runtime.CompilerServices;

namespace Auralis.Audio.Filters;

/// <summary>A resonant state-variable filter (the trapezoidal, zero-delay-feedback form) with low, band, high and notch outputs.</summary>
/// <remarks>
/// Andrew Simper's "linear trapezoidal integrated SVF" (Cytomic, 2013): stable for any cutoff below Nyquist and any
/// resonance, and its response matches the analogue prototype's, so the −3 dB point of the low-pass at Q = 0.707 sits at
/// the cutoff. Coefficients are recomputed only when cutoff or Q change.
/// </remarks>
public sealed class StateVariableFilter
{
    private float _sampleRate = 48_000;
    private float _cutoff = 1000;
    private float _q = 0.7071f;
    private float _g;
    private float _k;
    private float _a1;
    private float _a2;
    private float _a3;
    private float _ic1;
    private float _ic2;

    /// <summary>Creates a filter (call <see cref="Prepare"/> with the sample rate).</summary>
    public StateVariableFilter() => Update();

    /// <summary>Which output is heard.</summary>
    public FilterMode Mode { get; set; } = FilterMode.LowPass;

    /// <summary>The cutoff frequency in hertz.</summary>
    public float Cutoff => _cutoff;

    /// <summary>The resonance as Q (0.5 gentle, 0.707 flat, 10+ ringing).</summary>
    public float Q => _q;

    /// <summary>Sets the sample rate and clears the state.</summary>
    public void Prepare(float sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        _sampleRate = sampleRate;
        Update();
        Reset();
    }

    /// <summary>Clears the integrators.</summary>
    public void Reset() => _ic1 = _ic2 = 0;

    /// <summary>Sets cutoff (clamped to 10 Hz .. 0.49 × rate) and Q (clamped to 0.1 .. 40).</summary>
    public void Set(float cutoff, float q)
    {
        var clampedCutoff = Math.Clamp(cutoff, 10f, _sampleRate * 0.49f);
        var clampedQ = Math.Clamp(q, 0.1f, 40f);
        if (clampedCutoff != _cutoff || clampedQ != _q)
        {
            (_cutoff, _q) = (clampedCutoff, clampedQ);
            Update();
        }
    }

    /// <summary>Filters one sample.</summary>
    public float Process(float input)
    {
        var v3 = input - _ic2;
        var v1 = (_a1 * _ic1) + (_a2 * v3);
        var v2 = _ic2 + (_a2 * _ic1) + (_a3 * v3);
        _ic1 = Flush((2 * v1) - _ic1);
        _ic2 = Flush((2 * v2) - _ic2);
        return Mode switch
        {
            FilterMode.LowPass => v2,
            FilterMode.BandPass => v1,
            FilterMode.HighPass => input - (_k * v1) - v2,
            _ => input - (_k * v1),
        };
    }

    /// <summary>Filters a block in place, with the state in locals for the length of the block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Process(Span<float> block)
    {
        if (Mode != FilterMode.LowPass)
        {
            for (var i = 0; i < block.Length; i++)
            {
                block[i] = Process(block[i]);
            }

            return;
        }

        var (a1, a2, a3, ic1, ic2) = (_a1, _a2, _a3, _ic1, _ic2);
        for (var i = 0; i < block.Length; i++)
        {
            var v3 = block[i] - ic2;
            var v1 = (a1 * ic1) + (a2 * v3);
            var v2 = ic2 + (a2 * ic1) + (a3 * v3);
            ic1 = (2 * v1) - ic1;
            ic2 = (2 * v2) - ic2;
            block[i] = v2;
        }

        (_ic1, _ic2) = (Flush(ic1), Flush(ic2));
    }

    private static float Flush(float value) => Processing.Denormals.Flush(value);

    private void Update()
    {
        _g = MathF.Tan(MathF.PI * _cutoff / _sampleRate);
        _k = 1f / _q;
        _a1 = 1f / (1f + (_g * (_g + _k)));
        _a2 = _g * _a1;
        _a3 = _g * _a2;
    }
}
