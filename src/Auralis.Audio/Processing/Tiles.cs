using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Auralis.Audio.Processing;

/// <summary>Moves eight rows of samples (one per voice or line) into lanes (eight values per frame) and back.</summary>
/// <remarks>
/// A loop that runs eight voices or eight delay lines side by side, one per vector lane, wants frame i of all eight in
/// one vector, while the lines themselves are rows. An 8 × 8 tile is transposed with 24 AVX shuffles, a few times
/// cheaper than building each vector from eight scalars; frames that do not fill a tile are moved one value at a time.
/// Only data moves, so a loop reading lanes sees exactly the values in the rows. Callers check
/// <see cref="IsAccelerated"/> and keep a row-by-row loop for machines without AVX.
/// </remarks>
internal static class Tiles
{
    /// <summary>The number of rows, and of lanes in a frame.</summary>
    public const int Rows = 8;

    /// <summary>True when the tiles are transposed in vector registers.</summary>
    public static bool IsAccelerated => Avx.IsSupported;

    /// <summary>lanes[i × 8 + r] = row r[i], for the first <paramref name="frames"/> frames.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ToLanes(
        ReadOnlySpan<float> row0, ReadOnlySpan<float> row1, ReadOnlySpan<float> row2, ReadOnlySpan<float> row3,
        ReadOnlySpan<float> row4, ReadOnlySpan<float> row5, ReadOnlySpan<float> row6, ReadOnlySpan<float> row7,
        Span<float> lanes, int frames)
    {
        if (frames < 0 || lanes.Length < frames * Rows || Shortest(row0, row1, row2, row3, row4, row5, row6, row7) < frames)
        {
            throw new ArgumentException("The rows or the lanes are shorter than the frames moved.");
        }

        // Read through references: every index below is under frames, checked above for every row and for the lanes.
        ref var r0 = ref MemoryMarshal.GetReference(row0);
        ref var r1 = ref MemoryMarshal.GetReference(row1);
        ref var r2 = ref MemoryMarshal.GetReference(row2);
        ref var r3 = ref MemoryMarshal.GetReference(row3);
        ref var r4 = ref MemoryMarshal.GetReference(row4);
        ref var r5 = ref MemoryMarshal.GetReference(row5);
        ref var r6 = ref MemoryMarshal.GetReference(row6);
        ref var r7 = ref MemoryMarshal.GetReference(row7);
        ref var lane = ref MemoryMarshal.GetReference(lanes);
        var i = 0;
        if (Avx.IsSupported)
        {
            for (; i + Rows <= frames; i += Rows)
            {
                Transpose(
                    Vector256.LoadUnsafe(ref r0, (nuint)i), Vector256.LoadUnsafe(ref r1, (nuint)i),
                    Vector256.LoadUnsafe(ref r2, (nuint)i), Vector256.LoadUnsafe(ref r3, (nuint)i),
                    Vector256.LoadUnsafe(ref r4, (nuint)i), Vector256.LoadUnsafe(ref r5, (nuint)i),
                    Vector256.LoadUnsafe(ref r6, (nuint)i), Vector256.LoadUnsafe(ref r7, (nuint)i),
                    out var c0, out var c1, out var c2, out var c3, out var c4, out var c5, out var c6, out var c7);
                ref var frame = ref Unsafe.Add(ref lane, i * Rows);
                c0.StoreUnsafe(ref frame);
                c1.StoreUnsafe(ref frame, Rows);
                c2.StoreUnsafe(ref frame, 2 * Rows);
                c3.StoreUnsafe(ref frame, 3 * Rows);
                c4.StoreUnsafe(ref frame, 4 * Rows);
                c5.StoreUnsafe(ref frame, 5 * Rows);
                c6.StoreUnsafe(ref frame, 6 * Rows);
                c7.StoreUnsafe(ref frame, 7 * Rows);
            }
        }

        for (; i < frames; i++)
        {
            ref var frame = ref Unsafe.Add(ref lane, i * Rows);
            frame = Unsafe.Add(ref r0, i);
            Unsafe.Add(ref frame, 1) = Unsafe.Add(ref r1, i);
            Unsafe.Add(ref frame, 2) = Unsafe.Add(ref r2, i);
            Unsafe.Add(ref frame, 3) = Unsafe.Add(ref r3, i);
            Unsafe.Add(ref frame, 4) = Unsafe.Add(ref r4, i);
            Unsafe.Add(ref frame, 5) = Unsafe.Add(ref r5, i);
            Unsafe.Add(ref frame, 6) = Unsafe.Add(ref r6, i);
            Unsafe.Add(ref frame, 7) = Unsafe.Add(ref r7, i);
        }
    }

    /// <summary>row r[i] = lanes[i × 8 + r], for the first <paramref name="frames"/> frames: the inverse of <see cref="ToLanes"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ToRows(
        ReadOnlySpan<float> lanes,
        Span<float> row0, Span<float> row1, Span<float> row2, Span<float> row3,
        Span<float> row4, Span<float> row5, Span<float> row6, Span<float> row7,
        int frames)
    {
        if (frames < 0 || lanes.Length < frames * Rows || Shortest(row0, row1, row2, row3, row4, row5, row6, row7) < frames)
        {
            throw new ArgumentException("The rows or the lanes are shorter than the frames moved.");
        }

        ref var r0 = ref MemoryMarshal.GetReference(row0);
        ref var r1 = ref MemoryMarshal.GetReference(row1);
        ref var r2 = ref MemoryMarshal.GetReference(row2);
        ref var r3 = ref MemoryMarshal.GetReference(row3);
        ref var r4 = ref MemoryMarshal.GetReference(row4);
        ref var r5 = ref MemoryMarshal.GetReference(row5);
        ref var r6 = ref MemoryMarshal.GetReference(row6);
        ref var r7 = ref MemoryMarshal.GetReference(row7);
        ref var lane = ref MemoryMarshal.GetReference(lanes);
        var i = 0;
        if (Avx.IsSupported)
        {
            for (; i + Rows <= frames; i += Rows)
            {
                TransposeTile(ref Unsafe.Add(ref lane, i * Rows), out var c0, out var c1, out var c2, out var c3, out var c4, out var c5, out var c6, out var c7);
                c0.StoreUnsafe(ref r0, (nuint)i);
                c1.StoreUnsafe(ref r1, (nuint)i);
                c2.StoreUnsafe(ref r2, (nuint)i);
                c3.StoreUnsafe(ref r3, (nuint)i);
                c4.StoreUnsafe(ref r4, (nuint)i);
                c5.StoreUnsafe(ref r5, (nuint)i);
                c6.StoreUnsafe(ref r6, (nuint)i);
                c7.StoreUnsafe(ref r7, (nuint)i);
            }
        }

        for (; i < frames; i++)
        {
            ref var frame = ref Unsafe.Add(ref lane, i * Rows);
            Unsafe.Add(ref r0, i) = frame;
            Unsafe.Add(ref r1, i) = Unsafe.Add(ref frame, 1);
            Unsafe.Add(ref r2, i) = Unsafe.Add(ref frame, 2);
            Unsafe.Add(ref r3, i) = Unsafe.Add(ref frame, 3);
            Unsafe.Add(ref r4, i) = Unsafe.Add(ref frame, 4);
            Unsafe.Add(ref r5, i) = Unsafe.Add(ref frame, 5);
            Unsafe.Add(ref r6, i) = Unsafe.Add(ref frame, 6);
            Unsafe.Add(ref r7, i) = Unsafe.Add(ref frame, 7);
        }
    }

    /// <summary>
    /// Adds each frame's eight lanes to <paramref name="sum"/>: sum[i] + lane 0 + lane 1 + … + lane 7, in that order, as
    /// <see cref="ToRows"/> then <see cref="AddRows"/> would, without writing and reading the rows in between.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddLanes(ReadOnlySpan<float> lanes, Span<float> sum)
    {
        var frames = sum.Length;
        if (lanes.Length < frames * Rows)
        {
            throw new ArgumentException("The lanes are shorter than the frames added.");
        }

        ref var lane = ref MemoryMarshal.GetReference(lanes);
        ref var total = ref MemoryMarshal.GetReference(sum);
        var i = 0;
        if (Avx.IsSupported && Vector<float>.Count == Rows)
        {
            for (; i + Rows <= frames; i += Rows)
            {
                TransposeTile(ref Unsafe.Add(ref lane, i * Rows), out var c0, out var c1, out var c2, out var c3, out var c4, out var c5, out var c6, out var c7);
                (Vector256.LoadUnsafe(ref total, (nuint)i) + c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7).StoreUnsafe(ref total, (nuint)i);
            }
        }

        for (; i < frames; i++)
        {
            ref var frame = ref Unsafe.Add(ref lane, i * Rows);
            Unsafe.Add(ref total, i) = Unsafe.Add(ref total, i) + frame + Unsafe.Add(ref frame, 1) + Unsafe.Add(ref frame, 2) + Unsafe.Add(ref frame, 3)
                + Unsafe.Add(ref frame, 4) + Unsafe.Add(ref frame, 5) + Unsafe.Add(ref frame, 6) + Unsafe.Add(ref frame, 7);
        }
    }

    /// <summary>sum[i] = sum[i] + row0[i] + row1[i] + … + row7[i]: the rows added in order, as a loop adding them one by one would.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddRows(
        ReadOnlySpan<float> row0, ReadOnlySpan<float> row1, ReadOnlySpan<float> row2, ReadOnlySpan<float> row3,
        ReadOnlySpan<float> row4, ReadOnlySpan<float> row5, ReadOnlySpan<float> row6, ReadOnlySpan<float> row7, Span<float> sum)
    {
        var n = sum.Length;
        if (Shortest(row0, row1, row2, row3, row4, row5, row6, row7) < n)
        {
            throw new ArgumentException("A row is shorter than the sum.");
        }

        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            // By reference: every row was checked above to hold the sum's length (a slice per row and vector cost more
            // than the additions).
            ref var r0 = ref MemoryMarshal.GetReference(row0);
            ref var r1 = ref MemoryMarshal.GetReference(row1);
            ref var r2 = ref MemoryMarshal.GetReference(row2);
            ref var r3 = ref MemoryMarshal.GetReference(row3);
            ref var r4 = ref MemoryMarshal.GetReference(row4);
            ref var r5 = ref MemoryMarshal.GetReference(row5);
            ref var r6 = ref MemoryMarshal.GetReference(row6);
            ref var r7 = ref MemoryMarshal.GetReference(row7);
            ref var total = ref MemoryMarshal.GetReference(sum);
            for (; i + Vector<float>.Count <= n; i += Vector<float>.Count)
            {
                var at = (nuint)i;
                (Vector.LoadUnsafe(ref total, at) + Vector.LoadUnsafe(ref r0, at) + Vector.LoadUnsafe(ref r1, at) + Vector.LoadUnsafe(ref r2, at)
                    + Vector.LoadUnsafe(ref r3, at) + Vector.LoadUnsafe(ref r4, at) + Vector.LoadUnsafe(ref r5, at) + Vector.LoadUnsafe(ref r6, at)
                    + Vector.LoadUnsafe(ref r7, at)).StoreUnsafe(ref total, at);
            }
        }

        for (; i < n; i++)
        {
            sum[i] = sum[i] + row0[i] + row1[i] + row2[i] + row3[i] + row4[i] + row5[i] + row6[i] + row7[i];
        }
    }

    private static int Shortest(
        ReadOnlySpan<float> row0, ReadOnlySpan<float> row1, ReadOnlySpan<float> row2, ReadOnlySpan<float> row3,
        ReadOnlySpan<float> row4, ReadOnlySpan<float> row5, ReadOnlySpan<float> row6, ReadOnlySpan<float> row7) =>
        Math.Min(
            Math.Min(Math.Min(row0.Length, row1.Length), Math.Min(row2.Length, row3.Length)),
            Math.Min(Math.Min(row4.Length, row5.Length), Math.Min(row6.Length, row7.Length)));

    // The tile of eight frames of eight lanes from frame on, turned into eight vectors of one lane's eight frames.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void TransposeTile(
        ref float frame,
        out Vector256<float> c0, out Vector256<float> c1, out Vector256<float> c2, out Vector256<float> c3,
        out Vector256<float> c4, out Vector256<float> c5, out Vector256<float> c6, out Vector256<float> c7) =>
        Transpose(
            Vector256.LoadUnsafe(ref frame), Vector256.LoadUnsafe(ref frame, Rows),
            Vector256.LoadUnsafe(ref frame, 2 * Rows), Vector256.LoadUnsafe(ref frame, 3 * Rows),
            Vector256.LoadUnsafe(ref frame, 4 * Rows), Vector256.LoadUnsafe(ref frame, 5 * Rows),
            Vector256.LoadUnsafe(ref frame, 6 * Rows), Vector256.LoadUnsafe(ref frame, 7 * Rows),
            out c0, out c1, out c2, out c3, out c4, out c5, out c6, out c7);

    // Eight rows of eight in, eight columns out (column j holds element j of every row, row by row).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transpose(
        Vector256<float> r0, Vector256<float> r1, Vector256<float> r2, Vector256<float> r3,
        Vector256<float> r4, Vector256<float> r5, Vector256<float> r6, Vector256<float> r7,
        out Vector256<float> c0, out Vector256<float> c1, out Vector256<float> c2, out Vector256<float> c3,
        out Vector256<float> c4, out Vector256<float> c5, out Vector256<float> c6, out Vector256<float> c7)
    {
        // Pairs of rows interleaved: a0 b0 a1 b1 | a4 b4 a5 b5 and a2 b2 a3 b3 | a6 b6 a7 b7.
        var t0 = Avx.UnpackLow(r0, r1);
        var t1 = Avx.UnpackHigh(r0, r1);
        var t2 = Avx.UnpackLow(r2, r3);
        var t3 = Avx.UnpackHigh(r2, r3);
        var t4 = Avx.UnpackLow(r4, r5);
        var t5 = Avx.UnpackHigh(r4, r5);
        var t6 = Avx.UnpackLow(r6, r7);
        var t7 = Avx.UnpackHigh(r6, r7);

        // Quads: a0 b0 c0 d0 | a4 b4 c4 d4, and likewise columns 1, 2 and 3 (with 5, 6 and 7 in the upper halves).
        var s0 = Avx.Shuffle(t0, t2, 0x44);
        var s1 = Avx.Shuffle(t0, t2, 0xEE);
        var s2 = Avx.Shuffle(t1, t3, 0x44);
        var s3 = Avx.Shuffle(t1, t3, 0xEE);
        var s4 = Avx.Shuffle(t4, t6, 0x44);
        var s5 = Avx.Shuffle(t4, t6, 0xEE);
        var s6 = Avx.Shuffle(t5, t7, 0x44);
        var s7 = Avx.Shuffle(t5, t7, 0xEE);

        // The lower halves of rows a–d and e–h side by side make columns 0–3; the upper halves, 4–7.
        c0 = Avx.Permute2x128(s0, s4, 0x20);
        c1 = Avx.Permute2x128(s1, s5, 0x20);
        c2 = Avx.Permute2x128(s2, s6, 0x20);
        c3 = Avx.Permute2x128(s3, s7, 0x20);
        c4 = Avx.Permute2x128(s0, s4, 0x31);
        c5 = Avx.Permute2x128(s1, s5, 0x31);
        c6 = Avx.Permute2x128(s2, s6, 0x31);
        c7 = Avx.Permute2x128(s3, s7, 0x31);
    }
}
