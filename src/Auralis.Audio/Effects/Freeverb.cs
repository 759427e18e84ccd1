using Auralis.Audio.Processing;

namespace Auralis.Audio.Effects;

/// <summary>A Freeverb-style stereo reverb: eight damped feedback combs in parallel, then four allpasses in series, per channel.</summary>
/// <remarks>
/// Jezar's public-domain design: the comb and allpass lengths are his 44.1 kHz tunings scaled to the sample rate,
/// the right channel's lines are 23 samples longer for stereo spread, and the input is scaled down by 0.015 so the
/// combs' sum stays in range. Room size sets the combs' feedback (0.7..0.98), damping their one-pole low-pass.
/// </remarks>
public sealed class Freeverb
{
    private static readonly int[] CombTunings = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
    private static readonly int[] AllpassTunings = [556, 441, 341, 225];
    private const int StereoSpread = 23;
    private const float InputGain = 0.015f;

    private readonly DampedComb[] _combsLeft = new DampedComb[CombTunings.Length];
    private readonly DampedComb[] _combsRight = new DampedComb[CombTunings.Length];
    private readonly SchroederAllpass[] _allpassLeft = new SchroederAllpass[AllpassTunings.Length];
    private readonly SchroederAllpass[] _allpassRight = new SchroederAllpass[AllpassTunings.Length];
    private bool _prepared;

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
    public void Process(Span<float> left, Span<float> right)
    {
        if (!_prepared)
        {
            throw new InvalidOperationException("Prepare the reverb before processing.");
        }

        var feedback = (float)(0.7 + (0.28 * Math.Clamp(RoomSize, 0, 1)));
        var damp = (float)(0.4 * Math.Clamp(Damping, 0, 1));
        var wet = (float)(3.0 * Math.Clamp(Wet, 0, 1));
        var width = (float)Math.Clamp(Width, 0, 1);
        var wet1 = wet * ((width / 2) + 0.5f);
        var wet2 = wet * ((1 - width) / 2);
        var dry = (float)Math.Clamp(Dry, 0, 1);
        for (var i = 0; i < left.Length; i++)
        {
            var input = (left[i] + right[i]) * InputGain;
            float outLeft = 0, outRight = 0;
            for (var c = 0; c < _combsLeft.Length; c++)
            {
                outLeft += _combsLeft[c].Process(input, feedback, damp);
                outRight += _combsRight[c].Process(input, feedback, damp);
            }

            for (var a = 0; a < _allpassLeft.Length; a++)
            {
                outLeft = _allpassLeft[a].Process(outLeft);
                outRight = _allpassRight[a].Process(outRight);
            }

            var dryLeft = left[i];
            var dryRight = right[i];
            left[i] = (outLeft * wet1) + (outRight * wet2) + (dryLeft * dry);
            right[i] = (outRight * wet1) + (outLeft * wet2) + (dryRight * dry);
        }
    }

    private static int Scaled(int samples, double scale) => Math.Max(1, (int)Math.Round(samples * scale));

    private sealed class DampedComb(int length)
    {
        private readonly float[] _buffer = new float[length];
        private int _index;
        private float _filtered;

        public float Process(float input, float feedback, float damp)
        {
            var output = _buffer[_index];
            _filtered = Denormals.Flush((output * (1 - damp)) + (_filtered * damp));
            _buffer[_index] = input + (_filtered * feedback);
            _index = _index + 1 == _buffer.Length ? 0 : _index + 1;
            return output;
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

        public float Process(float input)
        {
            var delayed = _buffer[_index];
            _buffer[_index] = Denormals.Flush(input + (delayed * Feedback));
            _index = _index + 1 == _buffer.Length ? 0 : _index + 1;
            return delayed - input;
        }

        public void Clear()
        {
            Array.Clear(_buffer);
            _index = 0;
        }
    }
}
