using Auralis.Audio.Processing;

namespace Auralis.Audio.Effects;

/// <summary>A stereo-linked feed-forward compressor: threshold, ratio, soft knee, attack, release and make-up gain.</summary>
/// <remarks>
/// The detector follows the louder channel's peak (linear, so a waveform's zero crossings do not pull it down) with
/// separate attack and release time constants; the
/// gain computer uses the standard quadratic soft knee (Giannoulis, Massberg and Reiss, 2012).
/// </remarks>
public sealed class Compressor : IParameterized
{
    private float _envelope;
    private int _sampleRate;

    /// <summary>The effect's parameters, in index order: display range, default and unit.</summary>
    public static IReadOnlyList<ParameterInfo> Definitions { get; } =
    [
        new("threshold", -60, 0, -18, "dB", "level where compression starts"),
        new("ratio", 1, 20, 3, ":1", "input dB per output dB above the threshold"),
        new("knee", 0, 24, 6, "dB", "width of the soft knee"),
        new("attack", 0.1f, 200, 10, "ms", "attack time"),
        new("release", 5, 2000, 120, "ms", "release time"),
        new("makeup", 0, 24, 0, "dB", "gain after compression"),
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
                ThresholdDb = value;
                break;
            case 1:
                Ratio = value;
                break;
            case 2:
                KneeDb = value;
                break;
            case 3:
                AttackMs = value;
                break;
            case 4:
                ReleaseMs = value;
                break;
            case 5:
                MakeupDb = value;
                break;
        }
    }

    /// <inheritdoc />
    public float GetNormalized(int index) => Definitions[index].ToNormalized(index switch
    {
        0 => (float)ThresholdDb,
        1 => (float)Ratio,
        2 => (float)KneeDb,
        3 => (float)AttackMs,
        4 => (float)ReleaseMs,
        _ => (float)MakeupDb,
    });

    /// <summary>Level above which gain is reduced, in dBFS.</summary>
    public double ThresholdDb { get; set; } = -18;

    /// <summary>Input decibels over the threshold per output decibel (1 = no compression).</summary>
    public double Ratio { get; set; } = 3;

    /// <summary>Width of the soft knee, in dB.</summary>
    public double KneeDb { get; set; } = 6;

    /// <summary>Attack time in milliseconds.</summary>
    public double AttackMs { get; set; } = 10;

    /// <summary>Release time in milliseconds.</summary>
    public double ReleaseMs { get; set; } = 120;

    /// <summary>Gain added after compression, in dB.</summary>
    public double MakeupDb { get; set; }

    /// <summary>The gain reduction applied to the last sample, in dB (0 or negative).</summary>
    public float GainReductionDb { get; private set; }

    /// <summary>Prepares the time constants for <paramref name="spec"/>'s sample rate.</summary>
    public void Prepare(in AudioSpec spec)
    {
        spec.Validate();
        _sampleRate = spec.SampleRate;
        Reset();
    }

    /// <summary>Lets the detector fall silent.</summary>
    public void Reset()
    {
        _envelope = 0;
        GainReductionDb = 0;
    }

    /// <summary>The static curve: output level in dB for an input level in dB.</summary>
    public double OutputLevelDb(double inputDb)
    {
        var ratio = Math.Max(1, Ratio);
        var knee = Math.Max(0, KneeDb);
        var over = inputDb - ThresholdDb;
        if (2 * over < -knee)
        {
            return inputDb;
        }

        if (2 * Math.Abs(over) <= knee && knee > 0)
        {
            var x = over + (knee / 2);
            return inputDb + ((1 / ratio - 1) * x * x / (2 * knee));
        }

        return ThresholdDb + (over / ratio);
    }

    /// <summary>Compresses the block in place.</summary>
    public void Process(Span<float> left, Span<float> right)
    {
        if (_sampleRate == 0)
        {
            throw new InvalidOperationException("Prepare the compressor before processing.");
        }

        var attack = MathF.Exp(-1f / (float)(Math.Max(0.1, AttackMs) / 1000 * _sampleRate));
        var release = MathF.Exp(-1f / (float)(Math.Max(1, ReleaseMs) / 1000 * _sampleRate));
        var makeup = (float)MakeupDb;
        var envelope = _envelope;
        var reduction = 0f;
        for (var i = 0; i < left.Length; i++)
        {
            var peak = MathF.Max(MathF.Abs(left[i]), MathF.Abs(right[i]));
            var coefficient = peak > envelope ? attack : release;
            envelope = Denormals.Flush(peak + ((envelope - peak) * coefficient));
            var levelDb = envelope > 1e-6f ? 20f * MathF.Log10(envelope) : -120f;
            reduction = (float)(OutputLevelDb(levelDb) - levelDb);
            var gain = MathF.Pow(10f, (reduction + makeup) / 20f);
            left[i] *= gain;
            right[i] *= gain;
        }

        _envelope = envelope;
        GainReductionDb = reduction;
    }
}
