using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Effects;

/// <summary>One channel's eight damped feedback combs of a Freeverb, summed: as rows, or in vector lanes.</summary>
/// <remarks>
/// Each comb's line is fed the input plus its damped output: filtered = delayed × (1 − damp) + filtered × damp, then
/// the line takes input + filtered × feedback. Within a stretch no longer than the shortest line nothing read was
/// written in it, so the block loops read each line's stretch, add it to the sum, and overwrite it in place; what stays
/// serial is each comb's low-pass. The rows loop runs the eight low-passes as eight scalar chains side by side; the
/// lanes loop turns the stretches into lanes (frame i of all eight combs in one vector, see <see cref="Tiles"/>) and runs
/// them as one vector chain. Both do the plain per-sample loop's operations in its order (comb by comb, the sum in comb
/// order), so they give its bits; the tests hold them to one.
/// </remarks>
internal sealed class CombBank
{
    public const int Count = Tiles.Rows;

    private readonly ReverbLine[] _lines;
    private readonly float[] _filtered = new float[Count];

    public CombBank(ReadOnlySpan<int> lengths, int reach)
    {
        if (lengths.Length != Count)
        {
            throw new ArgumentException($"A bank holds {Count} combs.", nameof(lengths));
        }

        _lines = new ReverbLine[Count];
        for (var c = 0; c < Count; c++)
        {
            _lines[c] = new ReverbLine(lengths[c], reach);
        }
    }

    /// <summary>The eight low-passes as scalar chains side by side, for a stretch no longer than the lines' reach.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ProcessRows(ReadOnlySpan<float> input, Span<float> sum, float feedback, float damp)
    {
        var n = input.Length;
        var l0 = _lines[0].Next(n);
        var l1 = _lines[1].Next(n);
        var l2 = _lines[2].Next(n);
        var l3 = _lines[3].Next(n);
        var l4 = _lines[4].Next(n);
        var l5 = _lines[5].Next(n);
        var l6 = _lines[6].Next(n);
        var l7 = _lines[7].Next(n);
        Tiles.AddRows(l0, l1, l2, l3, l4, l5, l6, l7, sum);

        // The stretches are read through references: each is n long (Next checked it), and i < n.
        ref var d0 = ref MemoryMarshal.GetReference(l0);
        ref var d1 = ref MemoryMarshal.GetReference(l1);
        ref var d2 = ref MemoryMarshal.GetReference(l2);
        ref var d3 = ref MemoryMarshal.GetReference(l3);
        ref var d4 = ref MemoryMarshal.GetReference(l4);
        ref var d5 = ref MemoryMarshal.GetReference(l5);
        ref var d6 = ref MemoryMarshal.GetReference(l6);
        ref var d7 = ref MemoryMarshal.GetReference(l7);
        var undamped = 1 - damp;
        var (f0, f1, f2, f3) = (_filtered[0], _filtered[1], _filtered[2], _filtered[3]);
        var (f4, f5, f6, f7) = (_filtered[4], _filtered[5], _filtered[6], _filtered[7]);
        for (var i = 0; i < n; i++)
        {
            var x = input[i];
            f0 = Step(ref Unsafe.Add(ref d0, i), f0, x, undamped, damp, feedback);
            f1 = Step(ref Unsafe.Add(ref d1, i), f1, x, undamped, damp, feedback);
            f2 = Step(ref Unsafe.Add(ref d2, i), f2, x, undamped, damp, feedback);
            f3 = Step(ref Unsafe.Add(ref d3, i), f3, x, undamped, damp, feedback);
            f4 = Step(ref Unsafe.Add(ref d4, i), f4, x, undamped, damp, feedback);
            f5 = Step(ref Unsafe.Add(ref d5, i), f5, x, undamped, damp, feedback);
            f6 = Step(ref Unsafe.Add(ref d6, i), f6, x, undamped, damp, feedback);
            f7 = Step(ref Unsafe.Add(ref d7, i), f7, x, undamped, damp, feedback);
        }

        (_filtered[0], _filtered[1], _filtered[2], _filtered[3]) = (f0, f1, f2, f3);
        (_filtered[4], _filtered[5], _filtered[6], _filtered[7]) = (f4, f5, f6, f7);
        Advance(n);
    }

    /// <summary>Both channels' banks, one comb per vector lane (AVX only), for a stretch no longer than the lines' reach.</summary>
    /// <param name="lanes">Room for the stretch of one bank as lanes: eight values a frame.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ProcessLanes(
        CombBank left, CombBank right, ReadOnlySpan<float> input, Span<float> sumLeft, Span<float> sumRight,
        float feedback, float damp, Span<float> lanesLeft, Span<float> lanesRight)
    {
        var n = input.Length;
        if (lanesLeft.Length < n * Count || lanesRight.Length < n * Count)
        {
            throw new ArgumentException("The lanes are shorter than the stretch.");
        }

        left.ToLanes(n, sumLeft, lanesLeft);
        right.ToLanes(n, sumRight, lanesRight);
        var filteredLeft = Vector256.Create(left._filtered);
        var filteredRight = Vector256.Create(right._filtered);
        var undamped = Vector256.Create(1 - damp);
        var damping = Vector256.Create(damp);
        var feedbacks = Vector256.Create(feedback);
        ref var laneLeft = ref MemoryMarshal.GetReference(lanesLeft);
        ref var laneRight = ref MemoryMarshal.GetReference(lanesRight);
        for (var i = 0; i < n; i++)
        {
            // Frame i's eight combs sit at lanes i × 8 .. i × 8 + 7, inside the n × 8 checked above.
            var x = Vector256.Create(input[i]);
            var at = (nuint)(i * Count);
            filteredLeft = (Vector256.LoadUnsafe(ref laneLeft, at) * undamped) + (filteredLeft * damping);
            filteredRight = (Vector256.LoadUnsafe(ref laneRight, at) * undamped) + (filteredRight * damping);
            (x + (filteredLeft * feedbacks)).StoreUnsafe(ref laneLeft, at);
            (x + (filteredRight * feedbacks)).StoreUnsafe(ref laneRight, at);
        }

        filteredLeft.CopyTo(left._filtered);
        filteredRight.CopyTo(right._filtered);
        left.FromLanes(n, lanesLeft);
        right.FromLanes(n, lanesRight);
    }

    /// <summary>Flushes the low-passes' denormals (the plain loop does it at the end of each block).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Flush()
    {
        for (var c = 0; c < Count; c++)
        {
            _filtered[c] = Denormals.Flush(_filtered[c]);
        }
    }

    public void Clear()
    {
        foreach (var line in _lines)
        {
            line.Clear();
        }

        Array.Clear(_filtered);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Step(ref float delayed, float filtered, float input, float undamped, float damp, float feedback)
    {
        filtered = (delayed * undamped) + (filtered * damp);
        delayed = input + (filtered * feedback);
        return filtered;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ToLanes(int n, Span<float> sum, Span<float> lanes)
    {
        var l0 = _lines[0].Next(n);
        var l1 = _lines[1].Next(n);
        var l2 = _lines[2].Next(n);
        var l3 = _lines[3].Next(n);
        var l4 = _lines[4].Next(n);
        var l5 = _lines[5].Next(n);
        var l6 = _lines[6].Next(n);
        var l7 = _lines[7].Next(n);
        Tiles.AddRows(l0, l1, l2, l3, l4, l5, l6, l7, sum);
        Tiles.ToLanes(l0, l1, l2, l3, l4, l5, l6, l7, lanes, n);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FromLanes(int n, ReadOnlySpan<float> lanes)
    {
        var l0 = _lines[0].Next(n);
        var l1 = _lines[1].Next(n);
        var l2 = _lines[2].Next(n);
        var l3 = _lines[3].Next(n);
        var l4 = _lines[4].Next(n);
        var l5 = _lines[5].Next(n);
        var l6 = _lines[6].Next(n);
        var l7 = _lines[7].Next(n);
        Tiles.ToRows(lanes, l0, l1, l2, l3, l4, l5, l6, l7, n);
        Advance(n);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Advance(int n)
    {
        foreach (var line in _lines)
        {
            line.Advance(n);
        }
    }
}
