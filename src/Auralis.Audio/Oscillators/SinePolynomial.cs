using System.Numerics;
using System.Runtime.CompilerServices;

namespace Auralis.Audio.Oscillators;

/// <summary>sin(2π·phase) by a polynomial, for a scalar or for a whole vector of lanes, with the same bits either way.</summary>
/// <remarks>
/// A table cannot be read by all lanes at once without gathers, so vector loops use this instead: the phase is folded
/// onto a quarter cycle and a degree-11 Taylor polynomial is accurate there to 6·10⁻⁸ (below −140 dB). The scalar and the
/// vector forms do the same operations in the same order, so a vector loop and its scalar reference agree bit for bit.
/// </remarks>
internal static class SinePolynomial
{
    private const float TwoPi = 2f * MathF.PI;
    private const float C3 = -1f / 6f;
    private const float C5 = 1f / 120f;
    private const float C7 = -1f / 5040f;
    private const float C9 = 1f / 362_880f;
    private const float C11 = -1f / 39_916_800f;

    /// <summary>sin(2π·<paramref name="phase"/>) for a phase in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sin(float phase)
    {
        // sin(2πt) = −sin(2π(t − ½)), and sin(π − θ) = sin θ folds the half cycle onto a quarter.
        var x = phase - 0.5f;
        x = x > 0.25f ? 0.5f - x : x;
        x = x < -0.25f ? -0.5f - x : x;
        var theta = x * TwoPi;
        var square = theta * theta;
        var series = ((((((((C11 * square) + C9) * square) + C7) * square) + C5) * square) + C3) * square;
        return -(theta + (theta * series));
    }

    /// <summary>sin(2π·phase) in every lane, for phases in [0, 1): the same bits as <see cref="Sin(float)"/> lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<float> Sin(Vector<float> phase)
    {
        var half = new Vector<float>(0.5f);
        var quarter = new Vector<float>(0.25f);
        var x = phase - half;
        x = Vector.ConditionalSelect(Vector.GreaterThan(x, quarter), half - x, x);
        x = Vector.ConditionalSelect(Vector.LessThan(x, -quarter), -half - x, x);
        var theta = x * new Vector<float>(TwoPi);
        var square = theta * theta;
        var series = ((((((((new Vector<float>(C11) * square) + new Vector<float>(C9)) * square) + new Vector<float>(C7)) * square)
            + new Vector<float>(C5)) * square) + new Vector<float>(C3)) * square;
        return -(theta + (theta * series));
    }
}
