namespace Auralis.Audio.Oscillators;

/// <summary>The shapes a <see cref="PolyBlepOscillator"/> can make.</summary>
public enum Waveform
{
    /// <summary>A pure tone.</summary>
    Sine,
    /// <summary>A rising sawtooth: every harmonic, falling at 6 dB per octave.</summary>
    Saw,
    /// <summary>A pulse whose width is <see cref="PolyBlepOscillator.PulseWidth"/> (0.5 is a square: odd harmonics only).</summary>
    Pulse,
    /// <summary>A triangle: odd harmonics falling at 12 dB per octave.</summary>
    Triangle,
}
