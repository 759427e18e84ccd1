using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Oscillators;

/// <summary>White and pink noise from the project's seeded generator, so a noise source sounds the same on every run.</summary>
/// <remarks>
/// Pink noise uses Paul Kellet's economy filter (three one-pole sections), accurate to ±0.5 dB above 9 Hz at 44.1 kHz.
/// The state is <see cref="SeededRandom"/>'s, taken once when the noise is made, and stepped here by the same
/// xoshiro256** so that <see cref="RenderWhite"/> can keep it in registers for a whole block (calling the generator per
/// sample went through memory every step): the values are exactly <c>2 × NextSingle() − 1</c> of a generator with that
/// seed, as a test checks.
/// </remarks>
public sealed class Noise
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private float _b0;
    private float _b1;
    private float _b2;

    /// <summary>Creates a noise source drawing from the generator seeded with <paramref name="seed"/>.</summary>
    public Noise(ulong seed)
    {
        var state = new SeededRandom(seed).State;
        (_s0, _s1, _s2, _s3) = (state.S0, state.S1, state.S2, state.S3);
    }

    /// <summary>Uniform white noise in −1..1.</summary>
    public float White()
    {
        var (s0, s1, s2, s3) = (_s0, _s1, _s2, _s3);
        var value = Step(ref s0, ref s1, ref s2, ref s3);
        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
        return value;
    }

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
    /// <remarks>
    /// The generator's steps run first, leaving each draw's top 24 bits (an exact whole number) in the output's place;
    /// a vector pass then maps them onto −1..1 with <see cref="Step"/>'s float operations, which are exact up to the
    /// final subtraction, so the values are the same bits.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void RenderWhite(Span<float> output)
    {
        var (s0, s1, s2, s3) = (_s0, _s1, _s2, _s3);
        var draws = MemoryMarshal.Cast<float, int>(output);
        for (var i = 0; i < draws.Length; i++)
        {
            draws[i] = (int)(Draw(ref s0, ref s1, ref s2, ref s3) >> 40);
        }

        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
        var whole = Vector.IsHardwareAccelerated ? draws.Length - (draws.Length % Vector<int>.Count) : 0;
        var (scale, two, one) = (new Vector<float>(1.0f / (1 << 24)), new Vector<float>(2f), Vector<float>.One);
        for (var i = 0; i < whole; i += Vector<int>.Count)
        {
            ((Vector.ConvertToSingle(new Vector<int>(draws[i..])) * scale * two) - one).CopyTo(output[i..]);
        }

        for (var i = whole; i < draws.Length; i++)
        {
            output[i] = (draws[i] * (1.0f / (1 << 24)) * 2f) - 1f;
        }
    }

    // xoshiro256** 1.0, as SeededRandom.NextUInt64, and its NextSingle's top 24 bits mapped onto −1..1.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Step(ref ulong s0, ref ulong s1, ref ulong s2, ref ulong s3) =>
        ((Draw(ref s0, ref s1, ref s2, ref s3) >> 40) * (1.0f / (1 << 24)) * 2f) - 1f;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Draw(ref ulong s0, ref ulong s1, ref ulong s2, ref ulong s3)
    {
        var result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = BitOperations.RotateLeft(s3, 45);
        return result;
    }
}
