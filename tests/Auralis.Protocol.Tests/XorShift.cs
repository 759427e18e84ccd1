namespace Auralis.Protocol.Tests;

/// <summary>
/// Marsaglia's xorshift64* generator: the Protocol tests may not reference Auralis.Music (and its seeded generator), and
/// System.Random's seeded sequence is not a contract, so the fuzz tests carry this tiny one of their own.
/// </summary>
internal sealed class XorShift(ulong seed)
{
    private ulong _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;

    public ulong Next()
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        return _state * 0x2545F4914F6CDD1DUL;
    }

    /// <summary>A number in [0, <paramref name="max"/>).</summary>
    public int Below(int max) => (int)(Next() % (ulong)max);

    /// <summary>A float in [-<paramref name="range"/>, <paramref name="range"/>).</summary>
    public float Signed(float range) => (float)((((Next() >> 11) * (1.0 / (1UL << 53))) * 2) - 1) * range;

    public byte Byte() => (byte)Next();
}
