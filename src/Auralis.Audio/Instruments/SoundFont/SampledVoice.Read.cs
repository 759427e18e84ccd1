using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>How a <see cref="SampledVoice"/> reads its sample: fixed-point positions, runs between loop wraps, eight frames at once.</summary>
internal partial struct SampledVoice
{
    /// <summary>Reads the sample for frames <paramref name="from"/> to <paramref name="to"/> of the block into
    /// <paramref name="row"/>, zeros before and after; the voice ends when its sample runs out.</summary>
    /// <remarks>
    /// The read position is fixed point (32 fractional bits) and the frames are read without bounds checks: a zone's data has
    /// guard frames around it, and the loop never steps past its end. The frames are read in runs that end where the loop
    /// wraps or the sample ends, worked out once per run, so the per-frame loop has no branch. The row is the voice's own
    /// (its frames side by side), so eight frames are one store.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Read(Span<float> row, int from, int to)
    {
        var looping = _loop == ZoneLoop.Continuous || (_loop == ZoneLoop.UntilRelease && Held);
        var boundary = looping ? (ulong)_loopEnd << 32 : (ulong)(_end - 1) << 32;
        var loopStart = (ulong)_loopStart << 32;
        var loopLength = (ulong)(_loopEnd - _loopStart) << 32;
        var (position, step) = (_position, _step);
        ref var data = ref MemoryMarshal.GetArrayDataReference(_data);

        // The frame before each position, where its four taps start (the guard frames keep it inside the array), and the
        // eight frames' steps from the first in their fractions' 32 bits, worked out once for the whole read.
        ref var before = ref Unsafe.Add(ref data, -1);
        var strides = Vector256.Create(0u, 1u, 2u, 3u, 4u, 5u, 6u, 7u) * (uint)_step;
        ref var output = ref MemoryMarshal.GetReference(row);
        row[..from].Clear();

        var frame = from;
        while (frame < to)
        {
            if (position >= boundary)
            {
                if (!looping)
                {
                    Active = false;
                    break;
                }

                position = loopStart + ((position - loopStart) % loopLength);
            }

            var run = (int)Math.Min((ulong)(to - frame), ((boundary - position) + step - 1) / step);
            var end = frame + run;
            if (EightAtOnce)
            {
                for (; frame + 8 <= end; frame += 8)
                {
                    EightFrames(ref before, position, step, strides).StoreUnsafe(ref output, (nuint)frame);
                    position += step * 8;
                }
            }

            for (; frame < end; frame++)
            {
                ref var at = ref Unsafe.Add(ref data, (int)(position >> 32));
                Unsafe.Add(ref output, frame) = CubicHermite.Fused(Unsafe.Add(ref at, -1), at, Unsafe.Add(ref at, 1), Unsafe.Add(ref at, 2), Fraction(position));
                position += step;
            }
        }

        row[frame..to].Clear();

        _position = position;
    }

    // The position's fraction to 24 bits (a float's precision), truncated, as the eight-frame read takes it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Fraction(ulong position) => ((uint)position >> 8) * (1f / 16_777_216f);

    /// <summary>Whether <see cref="EightFrames"/> can run here (AVX and FMA); the plain loop reads the same values one by one.</summary>
    internal static bool EightAtOnce { get; set; } = Avx.IsSupported && Fma.IsSupported;

    // Eight frames read at once: each frame's four neighbours are one 128-bit load; the loads are transposed into the four
    // neighbours of eight frames, and the curve is worked for the eight together, with the same fused operations as
    // CubicHermite.Fused, so the values are the plain loop's to the bit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> EightFrames(ref float before, ulong position, ulong step, Vector256<uint> strides)
    {
        var r0 = Vector256.Create(Taps(ref before, position), Taps(ref before, position + (4 * step)));
        var r1 = Vector256.Create(Taps(ref before, position + step), Taps(ref before, position + (5 * step)));
        var r2 = Vector256.Create(Taps(ref before, position + (2 * step)), Taps(ref before, position + (6 * step)));
        var r3 = Vector256.Create(Taps(ref before, position + (3 * step)), Taps(ref before, position + (7 * step)));
        var (u0, u1, u2, u3) = (Avx.UnpackLow(r0, r1), Avx.UnpackHigh(r0, r1), Avx.UnpackLow(r2, r3), Avx.UnpackHigh(r2, r3));
        var y0 = Avx.Shuffle(u0, u2, 0x44);
        var y1 = Avx.Shuffle(u0, u2, 0xEE);
        var y2 = Avx.Shuffle(u1, u3, 0x44);
        var y3 = Avx.Shuffle(u1, u3, 0xEE);

        // Lanes 0-3 hold frames 0-3, lanes 4-7 frames 4-7; the fractions' low 32 bits wrap as the position's do.
        var fractions = Vector256.Create((uint)position) + strides;
        var t = Vector256.ConvertToSingle((fractions >> 8).AsInt32()) * (1f / 16_777_216f);
        var c1 = Vector256.Create(0.5f) * (y2 - y0);
        var c2 = Fma.MultiplyAdd(Vector256.Create(-0.5f), y3, Fma.MultiplyAdd(Vector256.Create(2f), y2, Fma.MultiplyAdd(Vector256.Create(-2.5f), y1, y0)));
        var c3 = Fma.MultiplyAdd(Vector256.Create(1.5f), y1 - y2, Vector256.Create(0.5f) * (y3 - y0));
        return Fma.MultiplyAdd(Fma.MultiplyAdd(Fma.MultiplyAdd(c3, t, c2), t, c1), t, y1);
    }

    // The four frames around the position: the one before it (where `before` points for position 0), its own and the two
    // after; the whole part of the position is the offset as it stands, with no sign to extend.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> Taps(ref float before, ulong position) => Vector128.LoadUnsafe(ref before, (nuint)(position >> 32));
}
