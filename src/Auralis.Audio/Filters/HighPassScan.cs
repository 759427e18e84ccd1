using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Auralis.Audio.Filters;

/// <summary>A one-pole high-pass, y[n] = a·(y[n−1] + x[n] − x[n−1]), run over a block eight frames a vector.</summary>
/// <remarks>
/// Frame by frame, every output waits on the one before it (a multiply and an addition), which leaves a noise drum
/// bound by that latency. Unrolled over a group of eight, frame k is the prefix sum Σⱼ₌₀..ₖ aᵏ⁻ʲ·a·(x[j] − x[j−1]) plus
/// aᵏ⁺¹·y[−1]. The sums are a scan done in three steps of shift, multiply and add (by one, two and four lanes, with a,
/// a² and a⁴), independent of the group before; only the last term waits on it. The plain loop does the same
/// arithmetic one lane at a time, in the same order, so the vector path can be held to it bit for bit.
/// </remarks>
internal sealed class HighPassScan
{
    private const int Lanes = 8;
    private static readonly int[][] Sources = [[0, 0, 1, 2, 3, 4, 5, 6], [0, 0, 0, 1, 2, 3, 4, 5], [0, 0, 0, 0, 0, 1, 2, 3]];
    private readonly float _coefficient;
    private readonly float[][] _shifted;
    private readonly float[] _carried = new float[Lanes];
    private readonly float[] _lane = new float[Lanes];
    private readonly float[] _step = new float[Lanes];

    /// <summary>Creates the filter with feedback <paramref name="coefficient"/> (a, below 1; e^(−2π·fc/rate) puts the corner at fc).</summary>
    public HighPassScan(float coefficient)
    {
        _coefficient = coefficient;
        // Step s adds a^s times the value s lanes down; the lowest s lanes have nothing below them and add zero times it.
        var power = coefficient;
        _shifted = new float[Sources.Length][];
        for (var step = 0; step < Sources.Length; step++)
        {
            var shift = 1 << step;
            _shifted[step] = new float[Lanes];
            for (var lane = shift; lane < Lanes; lane++)
            {
                _shifted[step][lane] = power;
            }

            power *= power;
        }

        var carried = 1f;
        for (var lane = 0; lane < Lanes; lane++)
        {
            carried *= coefficient;
            _carried[lane] = carried;
        }
    }

    /// <summary>
    /// Filters <paramref name="input"/>[1..] into <paramref name="output"/>[1..]. Index 0 of each holds what came before the
    /// block: the last input and the filter's last output. Returns that last output for the block after.
    /// </summary>
    /// <param name="input">The input before the block, then the block's.</param>
    /// <param name="output">On entry, the filter's output before the block at index 0; the block's outputs follow it.</param>
    /// <param name="vectors">Whether the caller's hardware runs vectors: without (or without 256-bit ones), the groups go lane by lane, as the block's last partial group does.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public float Process(ReadOnlySpan<float> input, Span<float> output, bool vectors)
    {
        var end = input.Length;
        if (output.Length < end)
        {
            throw new ArgumentException("The output must be as long as the input.", nameof(output));
        }

        var start = 1;
        var carry = output[0];
        if (vectors && Vector256.IsHardwareAccelerated && end - start >= Lanes)
        {
            var a = Vector256.Create(_coefficient);
            var (one, two, four) = (Vector256.Create<float>(_shifted[0]), Vector256.Create<float>(_shifted[1]), Vector256.Create<float>(_shifted[2]));
            var carried = Vector256.Create<float>(_carried);
            var carries = Vector256.Create(carry);
            for (; start + Lanes <= end; start += Lanes)
            {
                var sums = a * (Vector256.Create(input.Slice(start, Lanes)) - Vector256.Create(input.Slice(start - 1, Lanes)));
                sums += one * Vector256.Shuffle(sums, Vector256.Create(0, 0, 1, 2, 3, 4, 5, 6));
                sums += two * Vector256.Shuffle(sums, Vector256.Create(0, 0, 0, 1, 2, 3, 4, 5));
                sums += four * Vector256.Shuffle(sums, Vector256.Create(0, 0, 0, 0, 0, 1, 2, 3));
                var outputs = sums + (carried * carries);
                outputs.CopyTo(output.Slice(start, Lanes));
                carries = Vector256.Shuffle(outputs, Vector256.Create(7));
            }

            carry = carries.ToScalar();
        }

        for (; start < end; start += Lanes)
        {
            carry = ProcessLanes(input, output, start, Math.Min(Lanes, end - start), carry);
        }

        return carry;
    }

    // One group of up to eight frames, lane by lane, as the vector loop computes it.
    private float ProcessLanes(ReadOnlySpan<float> input, Span<float> output, int start, int count, float carry)
    {
        var lane = _lane.AsSpan();
        var step = _step.AsSpan();
        lane.Clear();
        for (var k = 0; k < count; k++)
        {
            lane[k] = _coefficient * (input[start + k] - input[start + k - 1]);
        }

        for (var s = 0; s < Sources.Length; s++)
        {
            lane.CopyTo(step);
            for (var k = 0; k < Lanes; k++)
            {
                lane[k] = step[k] + (_shifted[s][k] * step[Sources[s][k]]);
            }
        }

        for (var k = 0; k < count; k++)
        {
            output[start + k] = lane[k] + (_carried[k] * carry);
        }

        return output[start + count - 1];
    }
}
