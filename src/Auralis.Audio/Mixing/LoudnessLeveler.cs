using System.Runtime.CompilerServices;
using Auralis.Audio.Analysis.Loudness;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Mixing;

/// <summary>
/// Brings a programme to a target loudness: its gated K-weighted loudness over the last two minutes or so (BS.1770's
/// integrated loudness, on a sliding window) is measured, and a slowly moving gain makes up the difference to the target.
/// </summary>
/// <remarks>
/// <para>It normalises, it does not compress: a breakdown stays quieter than the climax around it, because the gain
/// follows the programme's loudness over two minutes, not the last few seconds (a short-term leveler would flatten the
/// form's dynamics, which the music benchmark measures as loudness range). It measures its own input, before its gain,
/// so the gain is a function of the music alone and never chases itself. Loudness is read every 100 ms (BS.1770's
/// sub-block); sub-blocks under −70 LUFS or 10 LU under the programme's loudness are gated out, as the standard's
/// integrated measure does; the gain glides towards what the reading asks for with a time constant of fifteen seconds
/// (faster over the programme's first seconds, so a session does not start quiet) and is ramped linearly across each
/// 128-frame period so it never steps. Below −50 LUFS (a stopped session, a long rest) the gain holds, so silence is
/// never raised to the target.</para>
/// <para>Render-thread safe: prepared once, it allocates nothing, takes no lock, and the same input always gives the
/// same gains.</para>
/// </remarks>
public sealed class LoudnessLeveler
{
    private const double GateLufs = -50;
    private const double AbsoluteGateLufs = -70;
    private const double RelativeGateLu = 10;
    private const double StartingSeconds = 3;
    private const int GainPeriod = 128;

    private KWeightingFilter? _weightLeft;
    private KWeightingFilter? _weightRight;
    private int _sampleRate;
    private int _subBlockFrames;
    private double _subBlockSum;
    private int _subBlockFill;
    private long _subBlockCount;
    private double _programmeMeanSquare;
    private long _gatedSubBlocks;
    private double _gainDecibels;
    private double _wantedDecibels;
    private float _gain = 1f;
    private float _periodEnd = 1f;
    private float _step;
    private long _frame;
    private double[] _energy = [];

    /// <summary>The loudness aimed at, in LUFS.</summary>
    public double TargetLufs { get; set; } = -16;

    /// <summary>The most the gain may raise the programme, in dB.</summary>
    public double MaxBoostDecibels { get; set; } = 18;

    /// <summary>The most the gain may lower the programme, in dB.</summary>
    public double MaxCutDecibels { get; set; } = 18;

    /// <summary>How quickly the gain follows the reading once the programme is under way, in seconds.</summary>
    public double TimeConstantSeconds { get; set; } = 15;

    /// <summary>How much of the programme the reading covers, in seconds: loudness changes shorter than this are the music's own.</summary>
    public double WindowSeconds { get; set; } = 120;

    /// <summary>The gain applied at the end of the last block, in dB.</summary>
    public double GainDecibels => _gainDecibels;

    /// <summary>Prepares the weighting filters for <paramref name="spec"/>'s sample rate.</summary>
    public void Prepare(in AudioSpec spec)
    {
        spec.Validate();
        _sampleRate = spec.SampleRate;
        _subBlockFrames = spec.SampleRate / 10;
        _weightLeft = new KWeightingFilter(spec.SampleRate);
        _weightRight = new KWeightingFilter(spec.SampleRate);
        _energy = new double[spec.MaxBlockFrames];
        Reset();
    }

    /// <summary>Forgets the programme: the gain returns to 0 dB and the measurement starts again.</summary>
    public void Reset()
    {
        _weightLeft?.Reset();
        _weightRight?.Reset();
        (_subBlockSum, _subBlockFill, _subBlockCount, _programmeMeanSquare, _gatedSubBlocks) = (0, 0, 0, 0, 0);
        (_gainDecibels, _wantedDecibels, _gain, _periodEnd, _step, _frame) = (0, 0, 1f, 1f, 0f, 0);
    }

    /// <summary>Measures the block, then applies the gain to it in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Process(Span<float> left, Span<float> right)
    {
        if (_weightLeft is null || _weightRight is null)
        {
            throw new InvalidOperationException("Prepare the leveler before processing.");
        }

        var frames = Math.Min(left.Length, right.Length);
        var energy = _energy.AsSpan(0, frames);
        for (var i = 0; i < frames; i++)
        {
            var l = _weightLeft.Process(left[i]);
            var r = _weightRight.Process(right[i]);
            energy[i] = (l * l) + (r * r);
        }

        Process(left[..frames], right[..frames], energy);
    }

    /// <summary>
    /// Takes the block's K-weighted energy per frame (left² + right² of the weighted signal), measured by the caller in a
    /// loop it runs anyway, and applies the gain to the block in place.
    /// </summary>
    /// <remarks>
    /// The gain is a ramp per 128-frame period of the leveler's own frame count, each period's end decided at its start
    /// from the sub-blocks closed by then: the output does not depend on how the blocks fall.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Process(Span<float> left, Span<float> right, ReadOnlySpan<double> weightedEnergy)
    {
        if (_weightLeft is null)
        {
            throw new InvalidOperationException("Prepare the leveler before processing.");
        }

        var frames = weightedEnergy.Length;
        var done = 0;
        while (done < frames)
        {
            var into = (int)(_frame % GainPeriod);
            if (into == 0)
            {
                StartPeriod();
            }

            var count = Math.Min(frames - done, GainPeriod - into);
            Accumulate(weightedEnergy.Slice(done, count));
            var (gain, step) = (_gain, _step);
            for (var i = done; i < done + count; i++)
            {
                gain += step;
                left[i] *= gain;
                right[i] *= gain;
            }

            _gain = gain;
            done += count;
            _frame += count;
        }
    }

    // The gain glides (in dB) towards what the last reading asks for; the period ramps linearly to it from where it is.
    private void StartPeriod()
    {
        _gain = _periodEnd;
        var seconds = _subBlockCount / 10.0;
        var timeConstant = seconds < StartingSeconds ? 0.3 : Math.Max(0.1, TimeConstantSeconds);
        var follow = 1 - Math.Exp(-GainPeriod / (timeConstant * _sampleRate));
        _gainDecibels += (_wantedDecibels - _gainDecibels) * follow;
        _periodEnd = (float)Math.Pow(10, _gainDecibels / 20);
        _step = (_periodEnd - _gain) / GainPeriod;
    }

    private void Accumulate(ReadOnlySpan<double> weightedEnergy)
    {
        var (sum, fill) = (_subBlockSum, _subBlockFill);
        foreach (var energy in weightedEnergy)
        {
            sum += energy;
            if (++fill == _subBlockFrames)
            {
                CloseSubBlock(sum);
                (sum, fill) = (0, 0);
            }
        }

        (_subBlockSum, _subBlockFill) = (sum, fill);
    }

    // The programme's loudness: the mean square of the sub-blocks that pass the gates, averaged over all of them until
    // the window is full and over about the last window's worth after, and the gain it asks for.
    private void CloseSubBlock(double sum)
    {
        _subBlockCount++;
        var meanSquare = sum / _subBlockFrames;
        var lufs = Lufs(meanSquare);
        var relativeGate = _gatedSubBlocks == 0 ? double.NegativeInfinity : Lufs(_programmeMeanSquare) - RelativeGateLu;
        if (lufs <= AbsoluteGateLufs || lufs <= relativeGate)
        {
            return;
        }

        var window = Math.Max(1, (long)(WindowSeconds * 10));
        _gatedSubBlocks = Math.Min(_gatedSubBlocks + 1, window);
        _programmeMeanSquare += (meanSquare - _programmeMeanSquare) / _gatedSubBlocks;
        var programme = Lufs(_programmeMeanSquare);
        if (programme > GateLufs)
        {
            _wantedDecibels = Math.Clamp(TargetLufs - programme, -MaxCutDecibels, MaxBoostDecibels);
        }
    }

    private static double Lufs(double meanSquare) => meanSquare > 0 ? -0.691 + (10 * Math.Log10(meanSquare)) : double.NegativeInfinity;
}
