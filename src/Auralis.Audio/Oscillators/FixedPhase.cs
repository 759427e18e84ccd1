using System.Numerics;
using System.Runtime.CompilerServices;

namespace Auralis.Audio.Oscillators;

/// <summary>An oscillator phase as a 32-bit fraction of a cycle: it wraps by itself and never drifts, in scalars and in lanes.</summary>
/// <remarks>
/// Unsigned addition wraps at exactly one cycle, so a note held for an hour keeps its pitch to 2⁻³² of a cycle per
/// sample, and <c>phase + n × step</c> equals n additions exactly, which lets a loop vectorize over time or over voices
/// without changing a bit. The top 24 bits convert to a float in [0, 1) exactly.
/// </remarks>
internal static class FixedPhase
{
    /// <summary>A cycle in the units of <see cref="ToSteps(uint)"/>: 2²⁴.</summary>
    public const float StepsPerCycle = 16_777_216f;

    /// <summary>One unit of <see cref="ToSteps(uint)"/> as a fraction of a cycle: 2⁻²⁴.</summary>
    public const float Unit = 1f / StepsPerCycle;

    private const double Cycle = 4_294_967_296.0;

    /// <summary>The step per sample for <paramref name="hertz"/> at <paramref name="sampleRate"/> (clamped below Nyquist).</summary>
    public static uint Step(double hertz, double sampleRate) => (uint)Math.Round(Math.Clamp(hertz, 0, sampleRate * 0.49) / sampleRate * Cycle);

    /// <summary>The step as a fraction of a cycle.</summary>
    public static float ToCycles(uint step) => (float)(step / Cycle);

    /// <summary>The phase's top 24 bits as a whole number of 2⁻²⁴ cycles, in [0, 2²⁴): exact, and <see cref="ToUnit(uint)"/> without its scaling.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToSteps(uint phase) => (int)(phase >> 8);

    /// <summary>Each lane's phase as a whole number of 2⁻²⁴ cycles: the same bits as <see cref="ToSteps(uint)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<float> ToSteps(Vector<uint> phase) => Vector.ConvertToSingle(Vector.AsVectorInt32(Vector.ShiftRightLogical(phase, 8)));

    /// <summary>The phase as a fraction of a cycle, in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToUnit(uint phase) => (int)(phase >> 8) * Unit;

    /// <summary>Each lane's phase as a fraction of a cycle, in [0, 1): the same bits as <see cref="ToUnit(uint)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<float> ToUnit(Vector<uint> phase) =>
        Vector.ConvertToSingle(Vector.AsVectorInt32(Vector.ShiftRightLogical(phase, 8))) * new Vector<float>(Unit);
}
