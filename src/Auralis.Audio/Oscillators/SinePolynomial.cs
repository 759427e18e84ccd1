using System.Numerics;
using System.Runtime.CompilerServices;

namespace Auralis.Audio.Oscillators;

/// <summary>sin(2π·phase) by a polynomial, for a scalar or for a whole vector of lanes, with the same bits either way.</summary>
/// <remarks>
/// A table cannot be read by all lanes at once without gathers, so vector loops use this instead. With x = phase − ½,
/// sin(2π·phase) = −sign(x)·sin(2π|x|) = −sign(x)·cos(2πz) for z = |x| − ¼ in [−¼, ¼], and cos(2πz) is even: a
/// degree-4 polynomial in z², fitted for the smallest largest error (minimax, by Remez exchange) over that quarter,
/// is within 5·10⁻⁸ of it; with the float rounding of x and z the result is within 3·10⁻⁷ of the true sine (below
/// −130 dB), for 14 vector operations (the degree-11 Taylor series on a folded quarter it replaces took 21). Its
/// coefficients are stored negated, so the sign of x is all that is left to apply. The scalar and the vector forms do
/// the same operations in the same order, so a vector loop and its scalar reference agree bit for bit.
/// </remarks>
internal static class SinePolynomial
{
    private const float P0 = -0.9999999534666709f;
    private const float P1 = 19.73917143470237f;
    private const float P2 = -64.93459062677957f;
    private const float P3 = 85.24033032273364f;
    private const float P4 = -56.242380465578684f;
    private const uint SignBit = 0x8000_0000;

    /// <summary>sin(2π·<paramref name="phase"/>) for a phase in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sin(float phase)
    {
        var x = phase - 0.5f;
        var z = MathF.Abs(x) - 0.25f;
        var square = z * z;
        var negatedCosine = (((((((P4 * square) + P3) * square) + P2) * square) + P1) * square) + P0;

        // x is never −0 (phase − ½ is +0 at phase ½), so its sign bit says x < 0.
        return x < 0f ? -negatedCosine : negatedCosine;
    }

    /// <summary>sin(2π·phase) in every lane, for phases in [0, 1): the same bits as <see cref="Sin(float)"/> lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<float> Sin(Vector<float> phase)
    {
        var x = phase - new Vector<float>(0.5f);
        var z = Vector.Abs(x) - new Vector<float>(0.25f);
        var square = z * z;
        var negatedCosine = (((((((new Vector<float>(P4) * square) + new Vector<float>(P3)) * square) + new Vector<float>(P2)) * square)
            + new Vector<float>(P1)) * square) + new Vector<float>(P0);
        var sign = Vector.AsVectorUInt32(x) & new Vector<uint>(SignBit);
        return Vector.AsVectorSingle(Vector.AsVectorUInt32(negatedCosine) ^ sign);
    }
}
