using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Effects;

/// <summary>A Freeverb-style stereo reverb: eight damped feedback combs in parallel, then four allpasses in series, per channel.</summary>
/// <remarks>
/// Jezar's public-domain design: the comb and allpass lengths are his 44.1 kHz tunings scaled to the sample rate,
/// the right channel's lines are 23 samples longer for stereo spread, and the input is scaled down by 0.015 so the
/// combs' sum stays in range. Room size sets the combs' feedback (0.7..0.98), damping their one-pole low-pass.
/// </remarks>
public sealed class Freeverb : IParameterized
{
    private static readonly int[] CombTunings = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
    private static readonly int[] AllpassTunings = [556, 441, 341, 225];
    private const int StereoSpread = 23;
    private const float InputGain = 0.015f;

    private readonly DampedComb[] _combsLeft = new DampedComb[CombTunings.Length];
    private readonly DampedComb[] _combsRight = new DampedComb[CombTunings.Length];
    private readonly SchroederAllpass[] _allpassLeft = new SchroederAllpass[AllpassTunings.Length];
    private readonly SchroederAllpass[] _allpassRight = new SchroederAllpass[AllpassTunings.Length];
    private float[] _input = [];
    private float[] _wetLeft = [];
    private float[] _wetRight = [];
    private float[] _stage = [];
    private int _chunk;
    private bool _prepared;

    /// <summary>The effect's parameters, in index order: display range, default and unit.</summary>
    public static IReadOnlyList<ParameterInfo> Definitions { get; } =
    [
        new("roomSize", 0, 1, 0.6f, "", "length of the tail"),
        new("damping", 0, 1, 0.5f, "", "darkness of the tail"),
        new("wet", 0, 1, 0.25f, "", "reverb level"),
        new("dry", 0, 1, 1, "", "direct level"),
        new("width", 0, 1, 1, "", "stereo width of the tail"),
    ];

    /// <inheritdoc />
    public IReadOnlyList<ParameterInfo> Parameters => Definitions;

    /// <inheritdoc />
    public void SetNormalized(int index, float normalized)
    {
        var value = Definitions[index].FromNormalized(normalized);
        switch (index)
        {
            case 0:
                RoomSize = value;
                break;
            case 1:
                Damping = value;
                break;
            case 2:
                Wet = value;
                break;
            case 3:
                Dry = value;
                break;
            case 4:
                Width = value;
                break;
        }
    }

    /// <inheritdoc />
    public float GetNormalized(int index) => Definitions[index].ToNormalized(index switch
    {
        0 => (float)RoomSize,
        1 => (float)Damping,
        2 => (float)Wet,
        3 => (float)Dry,
        _ => (float)Width,
    });

    /// <summary>Room size, 0..1 (the tail's length).</summary>
    public double RoomSize { get; set; } = 0.6;

    /// <summary>High-frequency damping of the tail, 0..1.</summary>
    public double Damping { get; set; } = 0.5;

    /// <summary>Wet level, 0..1.</summary>
    public double Wet { get; set; } = 0.25;

    /// <summary>Dry level, 0..1.</summary>
    public double Dry { get; set; } = 1.0;

    /// <summary>Stereo width of the tail, 0 (mono) .. 1.</summary>
    public double Width { get; set; } = 1.0;

    /// <summary>Allocates the comb and allpass lines for <paramref name="spec"/>.</summary>
    public void Prepare(in AudioSpec spec)
    {
        spec.Validate();
        var scale = spec.SampleRate / 44_100.0;
        (_input, _wetLeft, _wetRight) = (new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames]);
        for (var i = 0; i < CombTunings.Length; i++)
        {
            _combsLeft[i] = new DampedComb(Scaled(CombTunings[i], scale));
            _combsRight[i] = new DampedComb(Scaled(CombTunings[i] + StereoSpread, scale));
        }

        for (var i = 0; i < AllpassTunings.Length; i++)
        {
            _allpassLeft[i] = new SchroederAllpass(Scaled(AllpassTunings[i], scale));
            _allpassRight[i] = new SchroederAllpass(Scaled(AllpassTunings[i] + StereoSpread, scale));
        }

        // Chunks no longer than the shortest line: within one, nothing read was written in the same chunk.
        _chunk = Math.Min(spec.MaxBlockFrames, Math.Min(_combsLeft.Min(c => c.Length), _allpassLeft.Min(a => a.Length)));
        _stage = new float[CombTunings.Length * _chunk];
        _prepared = true;
    }

    /// <summary>Empties the tail.</summary>
    public void Reset()
    {
        foreach (var line in _combsLeft.Concat(_combsRight))
        {
            line?.Clear();
        }

        foreach (var line in _allpassLeft.Concat(_allpassRight))
        {
            line?.Clear();
        }
    }

    /// <summary>Renders with the plain scalar loops (one comb or allpass, one sample at a time): the reference for the tests.</summary>
    internal bool UseScalarReference { get; init; }

    /// <summary>Replaces the block with the dry signal plus the reverb's tail, in place.</summary>
    /// <remarks>
    /// Every line is longer than a chunk of the block, so what a line reads within a chunk was written before it: the
    /// lines are read and written as whole spans, the allpasses are pure vector arithmetic, and the only serial work left,
    /// each comb's damping low-pass, runs for all eight combs of a channel in one loop, eight independent chains side by
    /// side. The arithmetic is the scalar loops', operation for operation, so both give the same bits.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Process(Span<float> left, Span<float> right)
    {
        if (!_prepared)
        {
            throw new InvalidOperationException("Prepare the reverb before processing.");
        }

        var frames = left.Length;
        if (_input.Length < frames)
        {
            throw new ArgumentException($"The reverb was prepared for blocks of at most {_input.Length} frames.", nameof(left));
        }

        var feedback = (float)(0.7 + (0.28 * Math.Clamp(RoomSize, 0, 1)));
        var damp = (float)(0.4 * Math.Clamp(Damping, 0, 1));
        var input = _input.AsSpan(0, frames);
        var wetLeft = _wetLeft.AsSpan(0, frames);
        var wetRight = _wetRight.AsSpan(0, frames);
        for (var i = 0; i < frames; i++)
        {
            input[i] = (left[i] + right[i]) * InputGain;
        }

        wetLeft.Clear();
        wetRight.Clear();
        if (UseScalarReference)
        {
            ProcessScalar(input, wetLeft, wetRight, feedback, damp);
        }
        else
        {
            for (var start = 0; start < frames; start += _chunk)
            {
                var n = Math.Min(_chunk, frames - start);
                ProcessCombs(_combsLeft, input.Slice(start, n), wetLeft.Slice(start, n), feedback, damp);
                ProcessCombs(_combsRight, input.Slice(start, n), wetRight.Slice(start, n), feedback, damp);
                ProcessAllpasses(_allpassLeft, wetLeft.Slice(start, n));
                ProcessAllpasses(_allpassRight, wetRight.Slice(start, n));
            }

            foreach (var comb in _combsLeft)
            {
                comb.Filtered = Denormals.Flush(comb.Filtered);
            }

            foreach (var comb in _combsRight)
            {
                comb.Filtered = Denormals.Flush(comb.Filtered);
            }
        }

        var wet = (float)(3.0 * Math.Clamp(Wet, 0, 1));
        var width = (float)Math.Clamp(Width, 0, 1);
        var wet1 = wet * ((width / 2) + 0.5f);
        var wet2 = wet * ((1 - width) / 2);
        var dry = (float)Math.Clamp(Dry, 0, 1);
        for (var i = 0; i < frames; i++)
        {
            var (outLeft, outRight) = (wetLeft[i], wetRight[i]);
            left[i] = (outLeft * wet1) + (outRight * wet2) + (left[i] * dry);
            right[i] = (outRight * wet1) + (outLeft * wet2) + (right[i] * dry);
        }
    }

    private void ProcessScalar(ReadOnlySpan<float> input, Span<float> wetLeft, Span<float> wetRight, float feedback, float damp)
    {
        foreach (var comb in _combsLeft)
        {
            comb.Process(input, wetLeft, feedback, damp);
        }

        foreach (var comb in _combsRight)
        {
            comb.Process(input, wetRight, feedback, damp);
        }

        foreach (var allpass in _allpassLeft)
        {
            allpass.Process(wetLeft);
        }

        foreach (var allpass in _allpassRight)
        {
            allpass.Process(wetRight);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ProcessCombs(DampedComb[] combs, ReadOnlySpan<float> input, Span<float> sum, float feedback, float damp)
    {
        var n = input.Length;
        var stride = _chunk;
        var stage = _stage.AsSpan();
        if (n > stride || combs.Length != 8 || stage.Length < 8 * stride)
        {
            throw new InvalidOperationException("A comb chunk is longer than the reverb's stage.");
        }

        for (var c = 0; c < combs.Length; c++)
        {
            var delayed = stage.Slice(c * stride, n);
            combs[c].Read(delayed);
            SampleMath.AddScaled(delayed, 1f, sum);
        }

        // The eight damping low-passes side by side: each is a serial chain, together they keep the core busy.
        var undamped = 1 - damp;
        var (f0, f1, f2, f3) = (combs[0].Filtered, combs[1].Filtered, combs[2].Filtered, combs[3].Filtered);
        var (f4, f5, f6, f7) = (combs[4].Filtered, combs[5].Filtered, combs[6].Filtered, combs[7].Filtered);
        // Rows are read through one reference: i < n <= stride and c × stride + i < 8 × stride = stage.Length hold by
        // construction, and sixteen bounds checks per frame were a third of the loop.
        ref var row0 = ref MemoryMarshal.GetReference(stage);
        ref var row1 = ref Unsafe.Add(ref row0, stride);
        ref var row2 = ref Unsafe.Add(ref row0, 2 * stride);
        ref var row3 = ref Unsafe.Add(ref row0, 3 * stride);
        ref var row4 = ref Unsafe.Add(ref row0, 4 * stride);
        ref var row5 = ref Unsafe.Add(ref row0, 5 * stride);
        ref var row6 = ref Unsafe.Add(ref row0, 6 * stride);
        ref var row7 = ref Unsafe.Add(ref row0, 7 * stride);
        for (var i = 0; i < n; i++)
        {
            var x = input[i];
            ref var d0 = ref Unsafe.Add(ref row0, i);
            f0 = (d0 * undamped) + (f0 * damp);
            d0 = x + (f0 * feedback);
            ref var d1 = ref Unsafe.Add(ref row1, i);
            f1 = (d1 * undamped) + (f1 * damp);
            d1 = x + (f1 * feedback);
            ref var d2 = ref Unsafe.Add(ref row2, i);
            f2 = (d2 * undamped) + (f2 * damp);
            d2 = x + (f2 * feedback);
            ref var d3 = ref Unsafe.Add(ref row3, i);
            f3 = (d3 * undamped) + (f3 * damp);
            d3 = x + (f3 * feedback);
            ref var d4 = ref Unsafe.Add(ref row4, i);
            f4 = (d4 * undamped) + (f4 * damp);
            d4 = x + (f4 * feedback);
            ref var d5 = ref Unsafe.Add(ref row5, i);
            f5 = (d5 * undamped) + (f5 * damp);
            d5 = x + (f5 * feedback);
            ref var d6 = ref Unsafe.Add(ref row6, i);
            f6 = (d6 * undamped) + (f6 * damp);
            d6 = x + (f6 * feedback);
            ref var d7 = ref Unsafe.Add(ref row7, i);
            f7 = (d7 * undamped) + (f7 * damp);
            d7 = x + (f7 * feedback);
        }

        (combs[0].Filtered, combs[1].Filtered, combs[2].Filtered, combs[3].Filtered) = (f0, f1, f2, f3);
        (combs[4].Filtered, combs[5].Filtered, combs[6].Filtered, combs[7].Filtered) = (f4, f5, f6, f7);
        for (var c = 0; c < combs.Length; c++)
        {
            combs[c].Write(stage.Slice(c * stride, n));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ProcessAllpasses(SchroederAllpass[] allpasses, Span<float> signal)
    {
        var delayed = _stage.AsSpan(0, signal.Length);
        var written = _stage.AsSpan(_chunk, signal.Length);
        foreach (var allpass in allpasses)
        {
            allpass.Read(delayed);
            SchroederAllpass.Mix(signal, delayed, written);
            allpass.Write(written);
        }
    }

    private static int Scaled(int samples, double scale) => Math.Max(1, (int)Math.Round(samples * scale));

    private sealed class DampedComb(int length)
    {
        private readonly float[] _buffer = new float[length];
        private int _index;
        private float _filtered;

        public int Length => _buffer.Length;

        public float Filtered
        {
            get => _filtered;
            set => _filtered = value;
        }

        // The next delayed.Length outputs of the line; it must not be longer than the line.
        public void Read(Span<float> delayed) => Ring.Read(_buffer, _index, delayed);

        // Feeds the line the values for the frames just read, and moves on.
        public void Write(ReadOnlySpan<float> values) => _index = Ring.Write(_buffer, _index, values);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Process(ReadOnlySpan<float> input, Span<float> sum, float feedback, float damp)
        {
            var buffer = _buffer;
            var (index, filtered) = (_index, _filtered);
            var undamped = 1 - damp;
            for (var i = 0; i < input.Length; i++)
            {
                var output = buffer[index];
                filtered = (output * undamped) + (filtered * damp);
                buffer[index] = input[i] + (filtered * feedback);
                index = index + 1 == buffer.Length ? 0 : index + 1;
                sum[i] += output;
            }

            (_index, _filtered) = (index, Denormals.Flush(filtered));
        }

        public void Clear()
        {
            Array.Clear(_buffer);
            _filtered = 0;
            _index = 0;
        }
    }

    private sealed class SchroederAllpass(int length)
    {
        private const float Feedback = 0.5f;
        private readonly float[] _buffer = new float[length];
        private int _index;

        public int Length => _buffer.Length;

        public void Read(Span<float> delayed) => Ring.Read(_buffer, _index, delayed);

        public void Write(ReadOnlySpan<float> values) => _index = Ring.Write(_buffer, _index, values);

        // written = signal + delayed × feedback; signal = delayed − signal: the scalar loop's arithmetic, a vector at a time.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Mix(Span<float> signal, ReadOnlySpan<float> delayed, Span<float> written)
        {
            var i = 0;
            if (Vector.IsHardwareAccelerated && signal.Length >= Vector<float>.Count)
            {
                var signals = MemoryMarshal.Cast<float, Vector<float>>(signal);
                var delays = MemoryMarshal.Cast<float, Vector<float>>(delayed[..signal.Length]);
                var writes = MemoryMarshal.Cast<float, Vector<float>>(written[..signal.Length]);
                var feedback = new Vector<float>(Feedback);
                for (var v = 0; v < signals.Length; v++)
                {
                    var input = signals[v];
                    writes[v] = input + (delays[v] * feedback);
                    signals[v] = delays[v] - input;
                }

                i = signals.Length * Vector<float>.Count;
            }

            for (; i < signal.Length; i++)
            {
                var input = signal[i];
                written[i] = input + (delayed[i] * Feedback);
                signal[i] = delayed[i] - input;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Process(Span<float> signal)
        {
            var buffer = _buffer;
            var index = _index;
            for (var i = 0; i < signal.Length; i++)
            {
                var input = signal[i];
                var delayed = buffer[index];
                buffer[index] = input + (delayed * Feedback);
                index = index + 1 == buffer.Length ? 0 : index + 1;
                signal[i] = delayed - input;
            }

            _index = index;
        }

        public void Clear()
        {
            Array.Clear(_buffer);
            _index = 0;
        }
    }

    // A line's buffer as a ring: spans read from and written to it wrap at its end.
    private static class Ring
    {
        public static void Read(float[] ring, int index, Span<float> destination)
        {
            var first = Math.Min(destination.Length, ring.Length - index);
            ring.AsSpan(index, first).CopyTo(destination);
            ring.AsSpan(0, destination.Length - first).CopyTo(destination[first..]);
        }

        public static int Write(float[] ring, int index, ReadOnlySpan<float> source)
        {
            var first = Math.Min(source.Length, ring.Length - index);
            source[..first].CopyTo(ring.AsSpan(index));
            source[first..].CopyTo(ring);
            var next = index + source.Length;
            return next >= ring.Length ? next - ring.Length : next;
        }
    }
}
