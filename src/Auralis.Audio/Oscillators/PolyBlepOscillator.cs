using System.Runtime.CompilerServices;

namespace Auralis.Audio.Oscillators;

/// <summary>A band-limited oscillator: sine, saw, pulse and triangle with PolyBLEP corrections at their discontinuities.</summary>
/// <remarks>
/// A naive sawtooth or pulse jumps within one sample, which folds harmonics above Nyquist back into the audible band.
/// PolyBLEP (Välimäki and Huovilainen, 2007) subtracts a two-sample polynomial approximation of the band-limited step
/// around each jump, removing most of that aliasing at the cost of a few multiplies. The triangle is the leaky integral
/// of the corrected square, so its corners are smoothed too. The phase runs in double precision so long notes keep
/// their pitch; the frequency may change on any sample.
/// </remarks>
public sealed class PolyBlepOscillator
{
    private double _phase;
    private double _increment;
    private float _triangle;

    /// <summary>The shape.</summary>
    public Waveform Waveform { get; set; } = Waveform.Saw;

    /// <summary>The pulse's duty cycle, 0.05..0.95.</summary>
    public double PulseWidth { get; set; } = 0.5;

    /// <summary>The sample rate the frequency is converted with.</summary>
    public double SampleRate { get; private set; } = 48_000;

    /// <summary>The current phase, 0..1.</summary>
    public double Phase => _phase;

    /// <summary>Sets the sample rate (from a processor's Prepare).</summary>
    public void Prepare(double sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        SampleRate = sampleRate;
    }

    /// <summary>Sets the frequency in hertz (clamped below Nyquist).</summary>
    public void SetFrequency(double hertz) => _increment = Math.Clamp(hertz, 0, SampleRate * 0.49) / SampleRate;

    /// <summary>Restarts the cycle at <paramref name="phase"/>.</summary>
    public void Reset(double phase = 0)
    {
        _phase = phase - Math.Floor(phase);
        _triangle = 0;
    }

    /// <summary>The next sample, −1..1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Next()
    {
        var t = _phase;
        var dt = _increment;
        float value;
        switch (Waveform)
        {
            case Waveform.Sine:
                value = (float)Math.Sin(2 * Math.PI * t);
                break;
            case Waveform.Saw:
                value = (float)((2 * t) - 1 - PolyBlep(t, dt));
                break;
            case Waveform.Pulse:
                value = (float)Pulse(t, dt);
                break;
            default:
                // Leaky integration of the band-limited square; the gain keeps the triangle's peak near 1 at any pitch.
                var square = Pulse(t, dt, 0.5);
                _triangle = (float)((dt * 4 * square) + ((1 - (dt * 0.25)) * _triangle));
                value = _triangle;
                break;
        }

        _phase = t + dt >= 1 ? t + dt - 1 : t + dt;
        return value;
    }

    /// <summary>Renders the next samples into <paramref name="output"/>; the same values as <see cref="Next"/>, with the saw in a tight loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Render(Span<float> output)
    {
        if (Waveform != Waveform.Saw)
        {
            for (var i = 0; i < output.Length; i++)
            {
                output[i] = Next();
            }

            return;
        }

        var (t, dt) = (_phase, _increment);
        var upper = 1 - dt;
        for (var i = 0; i < output.Length; i++)
        {
            var value = (2 * t) - 1;
            if (t < dt)
            {
                var x = t / dt;
                value -= x + x - (x * x) - 1;
            }
            else if (t > upper)
            {
                var x = (t - 1) / dt;
                value -= (x * x) + x + x + 1;
            }

            output[i] = (float)value;
            t += dt;
            if (t >= 1)
            {
                t -= 1;
            }
        }

        _phase = t;
    }

    private double Pulse(double t, double dt, double? width = null)
    {
        var duty = Math.Clamp(width ?? PulseWidth, 0.05, 0.95);
        var value = t < duty ? 1.0 : -1.0;
        value += PolyBlep(t, dt);
        var shifted = t - duty;
        if (shifted < 0)
        {
            shifted += 1;
        }

        return value - PolyBlep(shifted, dt);
    }

    // The residual of a band-limited unit step, for phase t near a discontinuity at 0 (mod 1).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double PolyBlep(double t, double dt)
    {
        if (dt <= 0)
        {
            return 0;
        }

        if (t < dt)
        {
            var x = t / dt;
            return x + x - (x * x) - 1;
        }

        if (t > 1 - dt)
        {
            var x = (t - 1) / dt;
            return (x * x) + x + x + 1;
        }

        return 0;
    }
}
