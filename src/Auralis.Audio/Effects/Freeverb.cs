using System.Runtime.CompilerServices;
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

    /// <summary>Replaces the block with the dry signal plus the reverb's tail, in place.</summary>
    /// <remarks>Each comb and allpass runs over the whole block in its own loop, its state in locals.</remarks>
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

    private static int Scaled(int samples, double scale) => Math.Max(1, (int)Math.Round(samples * scale));

    private sealed class DampedComb(int length)
    {
        private readonly float[] _buffer = new float[length];
        private int _index;
        private float _filtered;

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
}
