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
/// Each voice reads its sample into its lane of a frame-major scratch block (frame 0 of lanes 0–15, then frame 1 …);
/// the block is then filtered and enveloped in place, a frame (sixteen voices) at a time, and finally panned and summed
/// across the lanes into the output, four frames at a time. Nothing here allocates: the scratch is the instrument's,
/// the lanes' coefficients live on the stack.
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
        Span<float> lanes = stackalloc float[Fields * Width];
        lanes.Clear();
        var block = scratch[..(frames * Width)];
        if (members.Length < Width)
        {
            block.Clear();
        }

        for (var lane = 0; lane < members.Length; lane++)
        {
            ref var voice = ref voices[members[lane]];
            var first = voice.BeginBlock(frames, out var level, out var ramp);
            voice.Read(block[lane..], Width, first, frames);
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

        FilterAndEnvelope(block, lanes, frames);
        PanAndSum(block, lanes, left, right);
        for (var lane = 0; lane < members.Length; lane++)
        {
            ref var voice = ref voices[members[lane]];
            voice.Filter.Z1 = lanes[(Z1 * Width) + lane];
            voice.Filter.Z2 = lanes[(Z2 * Width) + lane];
            voice.EndBlock();
        }
    }

    private static Vector256<float> Lane(ReadOnlySpan<float> lanes, int field, int half) => Vector256.Create(lanes.Slice((field * Width) + (half * Half), Half));

    // The biquad (transposed direct form II) and the envelope's ramp, in place, for the two halves of the lanes together;
    // the filters' state is written back to `lanes`.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FilterAndEnvelope(Span<float> block, Span<float> lanes, int frames)
    {
        var (b0, b1, b2, a1, a2) = (Lane(lanes, B0, 0), Lane(lanes, B1, 0), Lane(lanes, B2, 0), Lane(lanes, A1, 0), Lane(lanes, A2, 0));
        var (z1, z2, level, ramp) = (Lane(lanes, Z1, 0), Lane(lanes, Z2, 0), Lane(lanes, Level, 0), Lane(lanes, Ramp, 0));
        var (hb0, hb1, hb2, ha1, ha2) = (Lane(lanes, B0, 1), Lane(lanes, B1, 1), Lane(lanes, B2, 1), Lane(lanes, A1, 1), Lane(lanes, A2, 1));
        var (hz1, hz2, hlevel, hramp) = (Lane(lanes, Z1, 1), Lane(lanes, Z2, 1), Lane(lanes, Level, 1), Lane(lanes, Ramp, 1));
        ref var x = ref MemoryMarshal.GetReference(block);
        for (var i = 0; i < frames; i++)
        {
            var at = (nuint)(i * Width);
            var input = Vector256.LoadUnsafe(ref x, at);
            var high = Vector256.LoadUnsafe(ref x, at + Half);
            var output = (b0 * input) + z1;
            var highOutput = (hb0 * high) + hz1;
            z1 = ((b1 * input) + z2) - (a1 * output);
            hz1 = ((hb1 * high) + hz2) - (ha1 * highOutput);
            z2 = (b2 * input) - (a2 * output);
            hz2 = (hb2 * high) - (ha2 * highOutput);
            level += ramp;
            hlevel += hramp;
            (output * level).StoreUnsafe(ref x, at);
            (highOutput * hlevel).StoreUnsafe(ref x, at + Half);
        }

        z1.CopyTo(lanes.Slice(Z1 * Width, Half));
        hz1.CopyTo(lanes.Slice((Z1 * Width) + Half, Half));
        z2.CopyTo(lanes.Slice(Z2 * Width, Half));
        hz2.CopyTo(lanes.Slice((Z2 * Width) + Half, Half));
    }

    // Scales each lane by its pan gains and adds the lanes' sum to the output, four frames at a time where AVX adds across lanes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PanAndSum(Span<float> block, ReadOnlySpan<float> lanes, Span<float> left, Span<float> right)
    {
        var (gainLeft, gainRight) = (Lane(lanes, GainLeft, 0), Lane(lanes, GainRight, 0));
        var (highLeft, highRight) = (Lane(lanes, GainLeft, 1), Lane(lanes, GainRight, 1));
        ref var x = ref MemoryMarshal.GetReference(block);
        ref var outLeft = ref MemoryMarshal.GetReference(left);
        ref var outRight = ref MemoryMarshal.GetReference(right);
        var frames = left.Length;
        var i = 0;
        if (Avx.IsSupported)
        {
            for (; i + 4 <= frames; i += 4)
            {
                var (l0, r0) = Pan(ref x, i, gainLeft, gainRight, highLeft, highRight);
                var (l1, r1) = Pan(ref x, i + 1, gainLeft, gainRight, highLeft, highRight);
                var (l2, r2) = Pan(ref x, i + 2, gainLeft, gainRight, highLeft, highRight);
                var (l3, r3) = Pan(ref x, i + 3, gainLeft, gainRight, highLeft, highRight);
                (Vector128.LoadUnsafe(ref outLeft, (nuint)i) + SumAcross(l0, l1, l2, l3)).StoreUnsafe(ref outLeft, (nuint)i);
                (Vector128.LoadUnsafe(ref outRight, (nuint)i) + SumAcross(r0, r1, r2, r3)).StoreUnsafe(ref outRight, (nuint)i);
            }
        }

        for (; i < frames; i++)
        {
            var (l, r) = Pan(ref x, i, gainLeft, gainRight, highLeft, highRight);
            Unsafe.Add(ref outLeft, i) += Vector256.Sum(l);
            Unsafe.Add(ref outRight, i) += Vector256.Sum(r);
        }
    }

    // Frame `i`'s lanes panned, the two halves added lane by lane: eight partial sums for each channel.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<float> Left, Vector256<float> Right) Pan(
        ref float x, int i, Vector256<float> gainLeft, Vector256<float> gainRight, Vector256<float> highLeft, Vector256<float> highRight)
    {
        var low = Vector256.LoadUnsafe(ref x, (nuint)(i * Width));
        var high = Vector256.LoadUnsafe(ref x, (nuint)((i * Width) + Half));
        return ((low * gainLeft) + (high * highLeft), (low * gainRight) + (high * highRight));
    }

    // The sums of the eight lanes of each of four vectors: three horizontal adds leave each vector's halves side by side.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> SumAcross(Vector256<float> v0, Vector256<float> v1, Vector256<float> v2, Vector256<float> v3)
    {
        var halves = Avx.HorizontalAdd(Avx.HorizontalAdd(v0, v1), Avx.HorizontalAdd(v2, v3));
        return halves.GetLower() + halves.GetUpper();
    }
}
