using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>Plays a <see cref="SampleData"/> at any pitch by resampling it (cubic Hermite interpolation), polyphonically.</summary>
/// <remarks>
/// The playback rate is 2^((pitch − root) / 12) × sample rate ÷ output rate. Each voice has a 2 ms linear attack and a
/// linear release whose time is a parameter (each block's ramp is computed from where it starts, so no sample waits on
/// the one before); a voice stops at the sample's end. Voices are stolen oldest-first.
/// </remarks>
public sealed class SamplerInstrument : IInstrument, IParameterized, ISampleSlots
{
    private const int Voices = 24;
    private readonly VoiceAllocator _allocator = new(Voices);
    private readonly ulong[] _position = new ulong[Voices];
    private readonly ulong[] _rate = new ulong[Voices];
    private readonly float[] _level = new float[Voices];
    private readonly float[] _target = new float[Voices];
    private readonly bool[] _playing = new bool[Voices];
    private readonly Func<int, bool> _isSilent;
    private SampleData _sample;
    private float _attackStep;
    private float _releaseStep;
    private int _outputRate = 48_000;
    private float[] _rows = [];
    private int _rowFrames;

    /// <summary>Creates a sampler playing <paramref name="sample"/> (the built-in pluck when null).</summary>
    public SamplerInstrument(SampleData? sample = null)
    {
        _sample = sample ?? SampleData.Pluck();
        _isSilent = voice => !_playing[voice];
    }

    /// <summary>The sampler's parameters, in index order.</summary>
    public static IReadOnlyList<ParameterInfo> Definitions { get; } =
    [
        new("release", 0.01f, 2, 0.3f, "s", "how long a released note takes to fade"),
        new("level", 0, 1, 0.8f, "", "output level"),
    ];

    /// <inheritdoc />
    public IReadOnlyList<ParameterInfo> Parameters => Definitions;

    /// <summary>Release time in seconds.</summary>
    public float ReleaseSeconds { get; set; } = 0.3f;

    /// <summary>Output level, 0..1.</summary>
    public float Level { get; set; } = 0.8f;

    /// <inheritdoc />
    public string Name => "sampler";

    /// <summary>The sample being played.</summary>
    public SampleData Sample => _sample;

    /// <inheritdoc />
    public int ActiveVoices
    {
        get
        {
            var active = 0;
            foreach (var playing in _playing)
            {
                active += playing ? 1 : 0;
            }

            return active;
        }
    }

    /// <summary>Replaces the sample (off the render thread, before Prepare, or between notes).</summary>
    public void Load(SampleData sample) => _sample = sample ?? throw new ArgumentNullException(nameof(sample));

    /// <summary>The sampler's one slot, "sample": the sound it plays at every pitch.</summary>
    public IReadOnlyList<string> SampleSlots { get; } = ["sample"];

    /// <inheritdoc />
    public void LoadSample(string slot, SampleData sample)
    {
        if (slot != "sample")
        {
            throw new ArgumentException($"The sampler has one slot, 'sample', not '{slot}'.", nameof(slot));
        }

        Load(sample);
    }

    /// <inheritdoc />
    public void Prepare(in AudioSpec spec)
    {
        spec.Validate();
        _outputRate = spec.SampleRate;
        _attackStep = 1f / (0.002f * spec.SampleRate);
        var block = spec.MaxBlockFrames;
        (_rows, _rowFrames) = (new float[5 * block], block);
        Reset();
    }

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_playing);
        Array.Clear(_level);
        _allocator.ReleaseAll();
    }

    /// <inheritdoc />
    public void NoteOn(int pitch, int velocity)
    {
        var voice = _allocator.Allocate(pitch, _isSilent);
        _position[voice] = 0;
        _rate[voice] = (ulong)Math.Round(Math.Pow(2, (pitch - _sample.RootPitch) / 12.0) * _sample.SampleRate / _outputRate * 4_294_967_296.0);
        _level[voice] = 0;
        _target[voice] = Math.Clamp(velocity, 1, 127) / 127f;
        _playing[voice] = true;
    }

    /// <inheritdoc />
    public void NoteOff(int pitch)
    {
        var voice = _allocator.Release(pitch);
        if (voice >= 0)
        {
            _target[voice] = 0;
        }
    }

    /// <inheritdoc />
    public void AllNotesOff()
    {
        _allocator.ReleaseAll();
        Array.Clear(_target);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        right.Clear();
        _releaseStep = 1f / (Math.Max(0.01f, ReleaseSeconds) * _outputRate);
        var sampleLeft = _sample.Channels[0];
        var sampleRight = _sample.Channels[^1];
        var stereo = _sample.Channels.Count > 1;
        var last = _sample.Frames - 1;
        for (var voice = 0; voice < Voices; voice++)
        {
            if (!_playing[voice])
            {
                continue;
            }

            if (stereo)
            {
                RenderStereo(voice, sampleLeft, sampleRight, left, right);
            }
            else
            {
                RenderMono(voice, sampleLeft, left);
            }
        }

        // A mono sample sounds the same in both channels: interpolate it once.
        if (!stereo)
        {
            left.CopyTo(right);
        }
    }

    // A stereo sample, frame by frame. Positions are 32.32 fixed point (integer index above, fraction below), so frame
    // i's position is the block's first plus i steps exactly; the level ramps as a straight line from where the block
    // starts, so no sample waits on the one before. The tests hold this loop and RenderMono to a per-sample sampler of
    // their own (PerSampleSampler).
    private void RenderStereo(int voice, float[] sampleLeft, float[] sampleRight, Span<float> left, Span<float> right)
    {
        var last = sampleLeft.Length - 1;
        var end = (ulong)last << 32;
        var (position, rate, start, target) = (_position[voice], _rate[voice], _level[voice], _target[voice] * Level);
        var rising = start < target;
        var step = rising ? _attackStep : -_releaseStep;
        var level = start;
        for (var i = 0; i < left.Length; i++)
        {
            if (position >= end || (target == 0 && level == 0))
            {
                _playing[voice] = false;
                break;
            }

            level = Ramp(start, step, i, target, rising);
            var index = (int)(position >> 32);
            var fraction = Fraction(position);
            left[i] += level * Hermite(sampleLeft, index, fraction, last);
            right[i] += level * Hermite(sampleRight, index, fraction, last);

            position += rate;
        }

        (_position[voice], _level[voice]) = (position, level);
    }

    // Two passes: a scalar one gathers each frame's four neighbours and its fraction into rows; a vector one ramps the
    // level and interpolates and mixes eight frames at a time. The same arithmetic as RenderStereo; how many frames
    // sound is worked out beforehand, so the gathering loop has nothing to test but the sample's edges.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RenderMono(int voice, float[] samples, Span<float> output)
    {
        var frames = output.Length;
        var last = samples.Length - 1;
        var end = (ulong)last << 32;
        var (position, rate, start, target) = (_position[voice], _rate[voice], _level[voice], _target[voice] * Level);
        var rising = start < target;
        var step = rising ? _attackStep : -_releaseStep;
        var count = position >= end ? 0 : (int)Math.Min((ulong)frames, ((end - position) + rate - 1) / Math.Max(1, rate));
        if (target == 0)
        {
            // Released: the voice stops on the frame after its level first reaches 0.
            var silent = 0;
            for (var level = start; silent < count && level != 0; silent++)
            {
                level = Ramp(start, step, silent, target, rising);
            }

            count = Math.Min(count, silent);
        }

        _playing[voice] = count == frames;
        var stride = _rowFrames;
        var rows = _rows.AsSpan(0, 5 * stride);
        var inner = last - 2;
        if (count > stride)
        {
            throw new InvalidOperationException("A block is longer than the sampler's rows.");
        }

        // The rows and the sample are read through references: i < count <= stride keeps every row index inside rows,
        // and 1 <= index <= last − 2 keeps index − 1 .. index + 2 inside the sample; the bounds checks (ten a frame)
        // were most of the loop.
        ref var fractionRow = ref MemoryMarshal.GetReference(rows);
        ref var row0 = ref Unsafe.Add(ref fractionRow, stride);
        ref var row1 = ref Unsafe.Add(ref fractionRow, 2 * stride);
        ref var row2 = ref Unsafe.Add(ref fractionRow, 3 * stride);
        ref var row3 = ref Unsafe.Add(ref fractionRow, 4 * stride);
        var inside = 0;
        if (Avx2.IsSupported && Vector<float>.Count == Vector256<float>.Count && count >= Vector256<float>.Count
            && (position >> 32) >= 1 && ((position + ((ulong)(count - 1) * rate)) >> 32) <= (ulong)inner)
        {
            inside = RenderInside(samples, output, position, rate, count, start, step, target, rising);
            position += (ulong)inside * rate;
        }

        ref var sample = ref MemoryMarshal.GetArrayDataReference(samples);
        for (var i = inside; i < count; i++)
        {
            var index = (int)(position >> 32);
            Unsafe.Add(ref fractionRow, i) = Fraction(position);
            if (index >= 1 && index <= inner)
            {
                ref var before = ref Unsafe.Add(ref sample, index - 1);
                Unsafe.Add(ref row0, i) = before;
                Unsafe.Add(ref row1, i) = Unsafe.Add(ref before, 1);
                Unsafe.Add(ref row2, i) = Unsafe.Add(ref before, 2);
                Unsafe.Add(ref row3, i) = Unsafe.Add(ref before, 3);
            }
            else
            {
                Unsafe.Add(ref row0, i) = samples[Math.Max(0, index - 1)];
                Unsafe.Add(ref row1, i) = samples[index];
                Unsafe.Add(ref row2, i) = samples[Math.Min(last, index + 1)];
                Unsafe.Add(ref row3, i) = samples[Math.Min(last, index + 2)];
            }

            position += rate;
        }

        (_position[voice], _level[voice]) = (position, count == 0 ? start : Ramp(start, step, count - 1, target, rising));
        var fractions = rows[..count];
        var y0 = rows.Slice(stride, count);
        var y1 = rows.Slice(2 * stride, count);
        var y2 = rows.Slice(3 * stride, count);
        var y3 = rows.Slice(4 * stride, count);
        var done = inside;
        if (inside == 0 && Vector.IsHardwareAccelerated && count >= Vector<float>.Count)
        {
            var vectors = count / Vector<float>.Count;
            var v0 = Rows(y0, vectors);
            var v1 = Rows(y1, vectors);
            var v2 = Rows(y2, vectors);
            var v3 = Rows(y3, vectors);
            var t = Rows(fractions, vectors);
            var outputs = MemoryMarshal.Cast<float, Vector<float>>(output)[..vectors];
            var (starts, steps, targets) = (new Vector<float>(start), new Vector<float>(step), new Vector<float>(target));
            var frame = Vector.ConvertToSingle(Vector<int>.Indices + Vector<int>.One);
            var advance = new Vector<float>(Vector<float>.Count);
            for (var v = 0; v < vectors; v++)
            {
                outputs[v] += Ramp(starts, steps, frame, targets, rising) * Hermite(v0[v], v1[v], v2[v], v3[v], t[v]);
                frame += advance;
            }

            done = vectors * Vector<float>.Count;
        }

        for (var i = done; i < count; i++)
        {
            output[i] += Ramp(start, step, i, target, rising) * CubicHermite.At(y0[i], y1[i], y2[i], y3[i], fractions[i]);
        }
    }

    // Where every frame's four neighbours lie inside the sample, eight frames at a time go straight into vectors and
    // are interpolated there (AVX2): the same positions, fractions and arithmetic as the two passes, without the rows in
    // between. Returns how many frames it rendered (whole vectors); the rows take the rest. A voice at most an octave
    // above the sample's pitch steps at most two samples a frame, so a vector's neighbours lie within seventeen samples:
    // they are loaded and permuted into place (one vector per row at or below the sample's pitch, two above it). Faster
    // voices gather them, which costs several times more on current x86 cores.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe int RenderInside(float[] samples, Span<float> output, ulong position, ulong rate, int count, float start, float step, float target,
        bool rising)
    {
        var lanes = Vector256<float>.Count;
        var vectors = count / lanes;
        var lastStart = (position + ((ulong)((vectors - 1) * lanes) * rate)) >> 32;
        // How many vectors of the sample each row is permuted from (0: gathered instead). The last vector's loads end
        // 8 × reach + 1 samples past its first frame's.
        var reach = rate <= 1ul << 32 ? 1 : rate <= 2ul << 32 ? 2 : 0;
        reach = lastStart + (ulong)(reach * lanes) + 1 < (ulong)samples.Length ? reach : 0;
        var offsetsLow = Vector256.Create(0, rate, 2 * rate, 3 * rate);
        var offsetsHigh = Vector256.Create(4 * rate, 5 * rate, 6 * rate, 7 * rate);
        var (starts, steps, targets) = (new Vector<float>(start), new Vector<float>(step), new Vector<float>(target));
        var frame = Vector.ConvertToSingle(Vector<int>.Indices + Vector<int>.One);
        var advance = new Vector<float>(lanes);
        var scale = Vector256.Create(1f / 16_777_216f);
        ref var outputs = ref MemoryMarshal.GetReference(output);
        fixed (float* sample = samples)
        {
            for (var v = 0; v < vectors; v++)
            {
                var firstPosition = position + ((ulong)(v * lanes) * rate);
                var first = Vector256.Create(firstPosition);
                var (low, high) = (first + offsetsLow, first + offsetsHigh);
                var index = Vector256.Narrow(Vector256.ShiftRightLogical(low, 32), Vector256.ShiftRightLogical(high, 32)).AsInt32();
                var fraction = Vector256.ConvertToSingle(Vector256.ShiftRightLogical(Vector256.Narrow(low, high), 8).AsInt32()) * scale;
                Vector256<float> y0, y1, y2, y3;
                var firstIndex = (int)(firstPosition >> 32);
                var within = index - Vector256.Create(firstIndex);
                var neighbours = sample + firstIndex;
                if (reach == 1)
                {
                    y0 = Avx2.PermuteVar8x32(Avx.LoadVector256(neighbours - 1), within);
                    y1 = Avx2.PermuteVar8x32(Avx.LoadVector256(neighbours), within);
                    y2 = Avx2.PermuteVar8x32(Avx.LoadVector256(neighbours + 1), within);
                    y3 = Avx2.PermuteVar8x32(Avx.LoadVector256(neighbours + 2), within);
                }
                else if (reach == 2)
                {
                    // A permute reads its index's low three bits: lanes reaching past the first vector take the second's.
                    var upper = Vector256.GreaterThan(within, Vector256.Create(lanes - 1)).AsSingle();
                    y0 = Window(neighbours - 1, within, upper);
                    y1 = Window(neighbours, within, upper);
                    y2 = Window(neighbours + 1, within, upper);
                    y3 = Window(neighbours + 2, within, upper);
                }
                else
                {
                    y0 = Avx2.GatherVector256(sample - 1, index, 4);
                    y1 = Avx2.GatherVector256(sample, index, 4);
                    y2 = Avx2.GatherVector256(sample + 1, index, 4);
                    y3 = Avx2.GatherVector256(sample + 2, index, 4);
                }

                var level = Ramp(starts, steps, frame, targets, rising).AsVector256();
                var interpolated = Hermite(y0.AsVector(), y1.AsVector(), y2.AsVector(), y3.AsVector(), fraction.AsVector()).AsVector256();
                var at = (nuint)(v * lanes);
                (Vector256.LoadUnsafe(ref outputs, at) + (level * interpolated)).StoreUnsafe(ref outputs, at);
                frame += advance;
            }
        }

        return vectors * lanes;
    }

    // Lane i of the result is from[within[i]], for within up to 15: from the first vector, or where upper is set the second.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Vector256<float> Window(float* from, Vector256<int> within, Vector256<float> upper) =>
        Avx.BlendVariable(Avx2.PermuteVar8x32(Avx.LoadVector256(from), within), Avx2.PermuteVar8x32(Avx.LoadVector256(from + Vector256<float>.Count), within), upper);

    // The level on frame i of a block: a straight line from its start, stopped at the target.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Ramp(float start, float step, int i, float target, bool rising)
    {
        var ramped = start + ((i + 1) * step);
        return (rising ? ramped < target : ramped > target) ? ramped : target;
    }

    // The levels on the frames numbered by frame (counted from 1): Ramp above, eight frames at once.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<float> Ramp(Vector<float> starts, Vector<float> steps, Vector<float> frame, Vector<float> targets, bool rising)
    {
        var ramped = starts + (frame * steps);
        var notThere = rising ? Vector.LessThan(ramped, targets) : Vector.GreaterThan(ramped, targets);
        return Vector.ConditionalSelect(notThere, ramped, targets);
    }

    // The fraction of a 32.32 position, to 24 bits (exactly representable as a float).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Fraction(ulong position) => (int)((uint)position >> 8) * (1f / 16_777_216f);

    private static ReadOnlySpan<Vector<float>> Rows(Span<float> row, int vectors) => MemoryMarshal.Cast<float, Vector<float>>(row)[..vectors];

    /// <inheritdoc />
    public void SetNormalized(int index, float normalized)
    {
        var value = Definitions[index].FromNormalized(normalized);
        if (index == 0)
        {
            ReleaseSeconds = value;
        }
        else
        {
            Level = value;
        }
    }

    /// <inheritdoc />
    public float GetNormalized(int index) => Definitions[index].ToNormalized(index == 0 ? ReleaseSeconds : Level);

    private static float Hermite(float[] samples, int index, float t, int last) =>
        CubicHermite.At(samples[Math.Max(0, index - 1)], samples[index], samples[Math.Min(last, index + 1)], samples[Math.Min(last, index + 2)], t);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<float> Hermite(Vector<float> y0, Vector<float> y1, Vector<float> y2, Vector<float> y3, Vector<float> t)
    {
        var half = new Vector<float>(0.5f);
        var c1 = half * (y2 - y0);
        var c2 = y0 - (new Vector<float>(2.5f) * y1) + (new Vector<float>(2f) * y2) - (half * y3);
        var c3 = (half * (y3 - y0)) + (new Vector<float>(1.5f) * (y1 - y2));
        return (((((c3 * t) + c2) * t) + c1) * t) + y1;
    }
}
