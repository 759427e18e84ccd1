using System.Numerics;
using System.Runtime.CompilerServices;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Oscillators;

/// <summary>White and pink noise from the project's seeded generator, so a noise source sounds the same on every run.</summary>
/// <remarks>
/// Pink noise uses Paul Kellet's economy filter (three one-pole sections), accurate to ±0.5 dB above 9 Hz at 44.1 kHz.
/// The values are exactly <c>2 × NextSingle() − 1</c> of a <see cref="SeededRandom"/> with the noise's seed, as a test
/// checks; a block is drawn with <see cref="SeededRandom.NextSingles"/>, which keeps the generator's state in registers.
/// </remarks>
public sealed class Noise
{
    private readonly SeededRandom _random;
    private float _b0;
    private float _b1;
    private float _b2;

    /// <summary>Creates a noise source drawing from the generator seeded with <paramref name="seed"/>.</summary>
    public Noise(ulong seed) => _random = new SeededRandom(seed);

    /// <summary>Uniform white noise in −1..1.</summary>
    public float White() => (_random.NextSingle() * 2f) - 1f;

    /// <summary>Pink noise (−3 dB per octave), roughly −1..1.</summary>
    public float Pink()
    {
        var white = White();
        _b0 = (0.99765f * _b0) + (white * 0.0990460f);
        _b1 = (0.96300f * _b1) + (white * 0.2965164f);
        _b2 = (0.57000f * _b2) + (white * 1.0526913f);
        return (_b0 + _b1 + _b2 + (white * 0.1848f)) * 0.25f;
    }

    /// <summary>Fills <paramref name="output"/> with white noise: the same values as calling <see cref="White"/> for each.</summary>
    /// <remarks>The draws are exact multiples of 2⁻²⁴, so doubling them is exact too and only the final subtraction rounds, as in <see cref="White"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void RenderWhite(Span<float> output)
    {
        _random.NextSingles(output);
        var whole = Vector.IsHardwareAccelerated ? output.Length - (output.Length % Vector<float>.Count) : 0;
        var (two, one) = (new Vector<float>(2f), Vector<float>.One);
        for (var i = 0; i < whole; i += Vector<float>.Count)
        {
            ((new Vector<float>(output[i..]) * two) - one).CopyTo(output[i..]);
        }

        for (var i = whole; i < output.Length; i++)
        {
            output[i] = (output[i] * 2f) - 1f;
        }
    }
}
