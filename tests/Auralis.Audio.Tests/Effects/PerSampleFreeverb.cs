using Auralis.Audio.Effects;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Tests.Effects;

/// <summary>
/// Freeverb as Jezar wrote it, one comb or allpass and one sample at a time: the reference <c>Freeverb</c>'s block loops
/// (combs as rows or in vector lanes, allpasses a vector at a time) are held to, bit for bit.
/// </summary>
internal sealed class PerSampleFreeverb
{
    private readonly PerSampleComb[] _combsLeft;
    private readonly PerSampleComb[] _combsRight;
    private readonly Ring[] _allpassLeft;
    private readonly Ring[] _allpassRight;

    public PerSampleFreeverb(int sampleRate)
    {
        var scale = sampleRate / 44_100.0;
        _combsLeft = [.. Freeverb.CombTunings.Select(t => new PerSampleComb(Scaled(t, scale)))];
        _combsRight = [.. Freeverb.CombTunings.Select(t => new PerSampleComb(Scaled(t + Freeverb.StereoSpread, scale)))];
        _allpassLeft = [.. Freeverb.AllpassTunings.Select(t => new Ring(Scaled(t, scale)))];
        _allpassRight = [.. Freeverb.AllpassTunings.Select(t => new Ring(Scaled(t + Freeverb.StereoSpread, scale)))];
    }

    public double RoomSize { get; init; } = 0.6;

    public double Damping { get; init; } = 0.5;

    public void Process(Span<float> left, Span<float> right)
    {
        var feedback = (float)(0.7 + (0.28 * Math.Clamp(RoomSize, 0, 1)));
        var damp = (float)(0.4 * Math.Clamp(Damping, 0, 1));
        // Freeverb's default levels: wet 0.25 (× 3), full width, dry 1.
        var (wet, width, dry) = ((float)(3.0 * 0.25), 1f, 1f);
        var wet1 = wet * ((width / 2) + 0.5f);
        var wet2 = wet * ((1 - width) / 2);
        var input = new float[left.Length];
        var (wetLeft, wetRight) = (new float[left.Length], new float[left.Length]);
        for (var i = 0; i < input.Length; i++)
        {
            input[i] = (left[i] + right[i]) * Freeverb.InputGain;
        }

        PerSampleComb.Sum(_combsLeft, input, wetLeft, feedback, damp);
        PerSampleComb.Sum(_combsRight, input, wetRight, feedback, damp);
        Allpasses(_allpassLeft, wetLeft);
        Allpasses(_allpassRight, wetRight);
        for (var i = 0; i < input.Length; i++)
        {
            var (outLeft, outRight) = (wetLeft[i], wetRight[i]);
            left[i] = (outLeft * wet1) + (outRight * wet2) + (left[i] * dry);
            right[i] = (outRight * wet1) + (outLeft * wet2) + (right[i] * dry);
        }
    }

    private static void Allpasses(Ring[] allpasses, Span<float> signal)
    {
        foreach (var line in allpasses)
        {
            for (var i = 0; i < signal.Length; i++)
            {
                var input = signal[i];
                var delayed = line.Read();
                line.Write(input + (delayed * 0.5f));
                signal[i] = delayed - input;
            }
        }
    }

    private static int Scaled(int samples, double scale) => Math.Max(1, (int)Math.Round(samples * scale));
}

/// <summary>One damped feedback comb, sample by sample: filtered = delayed × (1 − damp) + filtered × damp; the line takes input + filtered × feedback.</summary>
internal sealed class PerSampleComb(int length)
{
    private readonly Ring _line = new(length);
    private float _filtered;

    /// <summary>Adds the combs' outputs to <paramref name="sum"/>, comb by comb; each low-pass is flushed of denormals after the block.</summary>
    public static void Sum(PerSampleComb[] combs, ReadOnlySpan<float> input, Span<float> sum, float feedback, float damp)
    {
        var undamped = 1 - damp;
        foreach (var comb in combs)
        {
            var filtered = comb._filtered;
            for (var i = 0; i < input.Length; i++)
            {
                var output = comb._line.Read();
                filtered = (output * undamped) + (filtered * damp);
                comb._line.Write(input[i] + (filtered * feedback));
                sum[i] += output;
            }

            comb._filtered = Denormals.Flush(filtered);
        }
    }
}

/// <summary>A delay line as a plain ring: read the oldest sample, then write over it and move on.</summary>
internal sealed class Ring(int length)
{
    private readonly float[] _samples = new float[length];
    private int _index;

    public float Read() => _samples[_index];

    public void Write(float sample)
    {
        _samples[_index] = sample;
        _index = _index + 1 == _samples.Length ? 0 : _index + 1;
    }
}
