using System.Numerics;
using System.Runtime.CompilerServices;

namespace Auralis.Music.Randomness;

/// <summary>
/// The project's seeded generator: xoshiro256** 1.0 (Blackman and Vigna, 2018), seeded through SplitMix64.
/// </summary>
/// <remarks>
/// Every random choice in Auralis goes through this type, because the music must be a pure function of
/// the session's seed and its inputs; <see cref="System.Random"/>'s seeded sequence is not a contract.
/// The output is checked against the reference C implementation's published sequence (state 1, 2, 3, 4).
/// A 64-bit seed is expanded into the 256-bit state with SplitMix64, as the authors recommend;
/// named child streams come from <see cref="ForStream"/>. Not thread-safe: one instance per actor.
/// </remarks>
public sealed partial class SeededRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator whose state is SplitMix64's first four outputs from <paramref name="seed"/>.</summary>
    public SeededRandom(ulong seed)
    {
        var mixer = new SplitMix64(seed);
        _s0 = mixer.Next();
        _s1 = mixer.Next();
        _s2 = mixer.Next();
        _s3 = mixer.Next();
    }

    private SeededRandom(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
        {
            throw new ArgumentException("The xoshiro256** state must not be all zeros.");
        }

        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>Creates a generator from a raw 256-bit state (as saved by <see cref="State"/>).</summary>
    public static SeededRandom FromState(GeneratorState state) => new(state.S0, state.S1, state.S2, state.S3);

    /// <summary>
    /// The stream named <paramref name="name"/> of the session seeded with <paramref name="sessionSeed"/>:
    /// the seed is <c>sessionSeed XOR FNV-1a-64(UTF-8 name)</c>, expanded by SplitMix64.
    /// </summary>
    /// <remarks>Streams with different names are independent for musical purposes; the same name always gives the same stream.</remarks>
    public static SeededRandom ForStream(ulong sessionSeed, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new SeededRandom(sessionSeed ^ Fnv1a64(name));
    }

    /// <summary>A child stream of this generator's own, named <paramref name="name"/>; this generator advances by one step.</summary>
    public SeededRandom Derive(string name) => ForStream(NextUInt64(), name);

    /// <summary>The generator's current state, to persist it or to fork an identical copy.</summary>
    public GeneratorState State => new(_s0, _s1, _s2, _s3);

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64() => Step(ref _s0, ref _s1, ref _s2, ref _s3);

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias (Lemire's method).</summary>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var range = (ulong)maxExclusive;
        var product = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = (0UL - range) % range;
            while (low < threshold)
            {
                product = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return (int)product;
    }

    /// <summary>A uniform integer in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    public int NextInt(int minInclusive, int maxExclusive)
    {
        if (maxExclusive <= minInclusive)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, $"Must be greater than {minInclusive}.");
        }

        return minInclusive + NextInt(maxExclusive - minInclusive);
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform float in [0, 1) with 24 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1 << 24));

    /// <summary>Fills <paramref name="destination"/> with the next <see cref="NextSingle"/> values, in order.</summary>
    /// <remarks>
    /// For audio-rate noise: the state stays in locals for the whole span (a call per value went through memory every
    /// step). The top 24 bits go through <see cref="int"/>, whose conversion to float is the cheap one and as exact.
    /// </remarks>
    public void NextSingles(Span<float> destination)
    {
        var (s0, s1, s2, s3) = (_s0, _s1, _s2, _s3);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = (int)(Step(ref s0, ref s1, ref s2, ref s3) >> 40) * (1.0f / (1 << 24));
        }

        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>True with probability <paramref name="probability"/> (clamped to 0..1).</summary>
    public bool NextBool(double probability = 0.5) => NextDouble() < probability;

    /// <summary>A standard normal variate (Box–Muller; uses two uniforms per call so the stream stays easy to reason about).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>One element of <paramref name="items"/>, uniformly.</summary>
    public T Choose<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            throw new ArgumentException("Cannot choose from an empty list.", nameof(items));
        }

        return items[NextInt(items.Count)];
    }

    /// <summary>An index into <paramref name="weights"/>, each chosen with probability proportional to its (non-negative) weight.</summary>
    public int ChooseWeighted(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            if (weight < 0 || double.IsNaN(weight))
            {
                throw new ArgumentException("Weights must be non-negative numbers.", nameof(weights));
            }

            total += weight;
        }

        if (total <= 0)
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
        }

        var target = NextDouble() * total;
        var last = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] <= 0)
            {
                continue;
            }

            last = i;
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return last;
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates).</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    // xoshiro256** 1.0: one step of the state, and its output.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ref ulong s0, ref ulong s1, ref ulong s2, ref ulong s3)
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

    private static ulong Fnv1a64(string text)
    {
        const ulong offsetBasis = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offsetBasis;
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            var length = rune.EncodeToUtf8(buffer);
            for (var i = 0; i < length; i++)
            {
                hash = (hash ^ buffer[i]) * prime;
            }
        }

        return hash;
    }
}
