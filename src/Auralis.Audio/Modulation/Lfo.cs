using Auralis.Audio.Oscillators;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Modulation;

/// <summary>A low-frequency oscillator for vibrato, tremolo and filter sweeps: −depth..+depth at a rate in hertz.</summary>
/// <remarks>It runs at control rate: <see cref="Advance"/> moves it by a whole block and returns its value there.</remarks>
public sealed class Lfo(ulong seed = 0)
{
    private readonly SeededRandom _random = new(seed);
    private double _phase;
    private float _held;

    /// <summary>The shape.</summary>
    public LfoShape Shape { get; set; } = LfoShape.Sine;

    /// <summary>Cycles per second.</summary>
    public double RateHz { get; set; } = 5;

    /// <summary>The peak value.</summary>
    public float Depth { get; set; } = 1;

    /// <summary>The current phase, 0..1.</summary>
    public double Phase => _phase;

    /// <summary>Restarts the cycle at <paramref name="phase"/>.</summary>
    public void Reset(double phase = 0) => _phase = phase - Math.Floor(phase);

    /// <summary>The value at the current phase, −depth..depth.</summary>
    public float Value
    {
        get
        {
            var t = (float)_phase;
            var unit = Shape switch
            {
                LfoShape.Sine => SineTable.Sin(t),
                LfoShape.Triangle => t < 0.5f ? (4f * t) - 1f : 3f - (4f * t),
                LfoShape.Saw => (2f * t) - 1f,
                LfoShape.Square => t < 0.5f ? 1f : -1f,
                _ => _held,
            };
            return unit * Depth;
        }
    }

    /// <summary>Moves on by <paramref name="frames"/> at <paramref name="sampleRate"/> and returns the new value.</summary>
    public float Advance(int frames, double sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        _phase += RateHz * frames / sampleRate;
        if (_phase >= 1)
        {
            _phase -= Math.Floor(_phase);
            _held = (_random.NextSingle() * 2f) - 1f;
        }

        return Value;
    }
}
