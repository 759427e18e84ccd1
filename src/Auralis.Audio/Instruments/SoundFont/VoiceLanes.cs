using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>
/// Renders up to sixteen <see cref="SampledVoice"/>s side by side, one in each lane of two 256-bit vectors: their
/// filters, envelopes and pans run as one, so the filter's feedback, which makes one voice's frames a serial chain, is
/// sixteen voices' work (two independent chains) for each step of the chain.
/// </summary>
/// <remarks>
/// Each voice reads its sample into its own row of the scratch block (its frames side by side, eight to a store); the
/// rows are then taken four frames at a time, turned so that each vector holds one frame of eight voices, filtered,
/// enveloped, panned and summed across the lanes into the output in one pass, without writing the block back. A group
/// of eight voices or fewer runs the first half only. Nothing here allocates: the scratch is the instrument's, the
/// lanes' coefficients live on the stack.
/// </remarks>
internal static class VoiceLanes
{
    /// <summary>How many voices render side by side.</summary>
    public const int Width = 16;

    private const int Half = 8;

    private const int B0 = 0, B1 = 1, B2 = 2, A1 = 3, A2 = 4, Z1 = 5, Z2 = 6, GainLeft = 7, GainRight = 8, Level = 9, Ramp = 10, Fields = 11;

    /// <summary>Adds the voices at <paramref name="members"/> (at most <see cref="Width"/>) of <paramref name="voices"/> to the block.</summary>
    /// <param name="scratch">At least <see cref="Width"/> floats for each frame of the block.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Render(Span<SampledVoice> voices, ReadOnlySpan<int> members, Span<float> scratch, Span<float> left, Span<float> right)
    {
        var frames = left.Length;
        var halves = members.Length > Half ? 2 : 1;
        Span<float> lanes = stackalloc float[Fields * Width];
        lanes.Clear();

        // The rows of lanes without a voice in a half that runs are silence.
        var rows = scratch[..(frames * halves * Half)];
        rows[(members.Length * frames)..].Clear();
        for (var lane = 0; lane < members.Length; lane++)
        {
            ref var voice = ref voices[members[lane]];
            var first = voice.BeginBlock(frames, out var level, out var ramp);
            voice.Read(rows.Slice(lane * frames, frames), first, frames);
            ref readonly var filter = ref voice.Filter;
            lanes[(B0 * Width) + lane] = filter.B0;
            lanes[(B1 * Width) + lane] = filter.B1;
            lanes[(B2 * Width) + lane] = filter.B2;
            lanes[(A1 * Width) + lane] = filter.A1;
            lanes[(A2 * Width) + lane] = filter.A2;
            lanes[(Z1 * Width) + lane] = filter.Z1;
            lanes[(Z2 * Width) + lane] = filter.Z2;
            lanes[(GainLeft * Width) + lane] = voice.GainLeft;
            lanes[(GainRight * Width) + lane] = voice.GainRight;
            // The level is stepped before each frame is scaled, so frame `first` is scaled by level + ramp.
            lanes[(Level * Width) + lane] = level - (ramp * first);
            lanes[(Ramp * Width) + lane] = ramp;
        }

        Mix(lanes, 0, rows, frames, left, right);
        if (halves == 2)
        {
            Mix(lanes, Half, rows[(Half * frames)..], frames, left, right);
        }

        for (var lane = 0; lane < members.Length; lane++)
        {
            ref var voice = ref voices[members[lane]];
            voice.Filter.Z1 = lanes[(Z1 * Width) + lane];
            voice.Filter.Z2 = lanes[(Z2 * Width) + lane];
            voice.EndBlock();
        }
    }

    // The filters' state and the envelope's level of eight lanes: the serial chain, kept in registers through a block.
    private struct Chain
    {
        public Vector256<float> Z1, Z2, Level;
    }

    // What stays fixed through a block for eight lanes: the filters' coefficients (the feedback ones negated, for fused
    // multiply-adds), the pan gains and the envelope's step.
    private readonly struct Coefficients(ReadOnlySpan<float> lanes, int offset)
    {
        public readonly Vector256<float> B0 = Lane(lanes, VoiceLanes.B0, offset), B1 = Lane(lanes, VoiceLanes.B1, offset), B2 = Lane(lanes, VoiceLanes.B2, offset);
        public readonly Vector256<float> MinusA1 = -Lane(lanes, VoiceLanes.A1, offset), MinusA2 = -Lane(lanes, VoiceLanes.A2, offset);
        public readonly Vector256<float> Ramp = Lane(lanes, VoiceLanes.Ramp, offset);
        public readonly Vector256<float> GainLeft = Lane(lanes, VoiceLanes.GainLeft, offset), GainRight = Lane(lanes, VoiceLanes.GainRight, offset);
    }

    private static Vector256<float> Lane(ReadOnlySpan<float> lanes, int field, int offset) => Vector256.Create(lanes.Slice((field * Width) + offset, Half));

    // Adds eight rows (each `frames` long, lanes `offset` to `offset` + 7), filtered, enveloped and panned, to the output,
    // and writes the filters' state back to the lanes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Mix(Span<float> lanes, int offset, Span<float> rows, int frames, Span<float> left, Span<float> right)
    {
        var c = new Coefficients(lanes, offset);
        var chain = new Chain { Z1 = Lane(lanes, Z1, offset), Z2 = Lane(lanes, Z2, offset), Level = Lane(lanes, Level, offset) };
        ref var x = ref MemoryMarshal.GetReference(rows);
        ref var outLeft = ref MemoryMarshal.GetReference(left);
        ref var outRight = ref MemoryMarshal.GetReference(right);
        var i = 0;
        if (Avx.IsSupported)
        {
            var stride = (nuint)frames;
            for (; i + 4 <= frames; i += 4)
            {
                // Rows 0-3 with rows 4-7 beside them, four frames each, unpacked and shuffled into one vector a frame.
                var at = (nuint)i;
                var r0 = Vector256.Create(Vector128.LoadUnsafe(ref x, at), Vector128.LoadUnsafe(ref x, at + (4 * stride)));
                var r1 = Vector256.Create(Vector128.LoadUnsafe(ref x, at + stride), Vector128.LoadUnsafe(ref x, at + (5 * stride)));
                var r2 = Vector256.Create(Vector128.LoadUnsafe(ref x, at + (2 * stride)), Vector128.LoadUnsafe(ref x, at + (6 * stride)));
                var r3 = Vector256.Create(Vector128.LoadUnsafe(ref x, at + (3 * stride)), Vector128.LoadUnsafe(ref x, at + (7 * stride)));
                var (u0, u1, u2, u3) = (Avx.UnpackLow(r0, r1), Avx.UnpackHigh(r0, r1), Avx.UnpackLow(r2, r3), Avx.UnpackHigh(r2, r3));
                var (l0, q0) = Frame(Avx.Shuffle(u0, u2, 0x44), ref chain, in c);
                var (l1, q1) = Frame(Avx.Shuffle(u0, u2, 0xEE), ref chain, in c);
                var (l2, q2) = Frame(Avx.Shuffle(u1, u3, 0x44), ref chain, in c);
                var (l3, q3) = Frame(Avx.Shuffle(u1, u3, 0xEE), ref chain, in c);
                (Vector128.LoadUnsafe(ref outLeft, at) + SumAcross(l0, l1, l2, l3)).StoreUnsafe(ref outLeft, at);
                (Vector128.LoadUnsafe(ref outRight, at) + SumAcross(q0, q1, q2, q3)).StoreUnsafe(ref outRight, at);
            }
        }

        for (; i < frames; i++)
        {
            var input = Vector256.Create(
                Unsafe.Add(ref x, i), Unsafe.Add(ref x, frames + i), Unsafe.Add(ref x, (2 * frames) + i), Unsafe.Add(ref x, (3 * frames) + i),
                Unsafe.Add(ref x, (4 * frames) + i), Unsafe.Add(ref x, (5 * frames) + i), Unsafe.Add(ref x, (6 * frames) + i), Unsafe.Add(ref x, (7 * frames) + i));
            var (l, r) = Frame(input, ref chain, in c);
            Unsafe.Add(ref outLeft, i) += Vector256.Sum(l);
            Unsafe.Add(ref outRight, i) += Vector256.Sum(r);
        }

        chain.Z1.CopyTo(lanes.Slice((Z1 * Width) + offset, Half));
        chain.Z2.CopyTo(lanes.Slice((Z2 * Width) + offset, Half));
    }

    // One frame of eight voices through the biquad (transposed direct form II, in fused multiply-adds, which round the
    // same on every machine) and the envelope's ramp, panned.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<float> Left, Vector256<float> Right) Frame(Vector256<float> input, ref Chain chain, in Coefficients c)
    {
        var output = Vector256.FusedMultiplyAdd(c.B0, input, chain.Z1);
        chain.Z1 = Vector256.FusedMultiplyAdd(c.MinusA1, output, Vector256.FusedMultiplyAdd(c.B1, input, chain.Z2));
        chain.Z2 = Vector256.FusedMultiplyAdd(c.MinusA2, output, c.B2 * input);
        chain.Level += c.Ramp;
        var enveloped = output * chain.Level;
        return (enveloped * c.GainLeft, enveloped * c.GainRight);
    }

    // The sums of the eight lanes of each of four vectors: three horizontal adds leave each vector's halves side by side.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> SumAcross(Vector256<float> v0, Vector256<float> v1, Vector256<float> v2, Vector256<float> v3)
    {
        var halves = Avx.HorizontalAdd(Avx.HorizontalAdd(v0, v1), Avx.HorizontalAdd(v2, v3));
        return halves.GetLower() + halves.GetUpper();
    }
}
