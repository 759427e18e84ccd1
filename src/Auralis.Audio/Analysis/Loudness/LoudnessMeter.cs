namespace Auralis.Audio.Analysis.Loudness;

/// <summary>
/// A loudness meter after ITU-R BS.1770-4 and EBU R128 for interleaved stereo blocks: momentary, short-term and
/// integrated loudness in LUFS, loudness range in LU (EBU Tech 3342), and true peak in dBTP.
/// </summary>
/// <remarks>
/// <para>The K-weighted signal's energy is summed per 100 ms sub-block; a momentary block is the last four (400 ms, so
/// consecutive blocks overlap by 75 %), a short-term block the last thirty (3 s). Every momentary and short-term block
/// is kept for the gated statistics, which are computed when asked. Left and right weigh 1 each (BS.1770's weights for
/// the front channels).</para>
/// <para>It measures, it does not render: meant for analysis threads. It allocates only when its block lists outgrow the
/// programme length given at construction, so a programme of known length is metered without allocating per block.</para>
/// </remarks>
public sealed class LoudnessMeter
{
    private const int Channels = 2;
    private const int SubBlocksPerMomentary = 4;
    private const int SubBlocksPerShortTerm = 30;

    private readonly KWeightingFilter[] _weighting;
    private readonly TruePeakDetector[] _truePeak;
    private readonly int _subBlockFrames;
    private readonly double[] _recentSubBlocks = new double[SubBlocksPerShortTerm];
    private readonly List<double> _momentaryEnergies;
    private readonly List<double> _shortTermEnergies;
    private double _subBlockSum;
    private int _subBlockFill;
    private long _subBlockCount;
    private double _samplePeak;

    /// <summary>Creates a meter for stereo at <paramref name="sampleRate"/> hertz, with room for <paramref name="expectedSeconds"/> of programme.</summary>
    public LoudnessMeter(int sampleRate, double expectedSeconds = 60)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 8_000);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedSeconds);
        var subBlocks = (int)Math.Ceiling(expectedSeconds * 10) + 1;
        _momentaryEnergies = new List<double>(subBlocks);
        _shortTermEnergies = new List<double>(subBlocks);
        SampleRate = sampleRate;
        _subBlockFrames = (int)Math.Round(sampleRate / 10.0);
        _weighting = [new KWeightingFilter(sampleRate), new KWeightingFilter(sampleRate)];
        _truePeak = [new TruePeakDetector(), new TruePeakDetector()];
    }

    /// <summary>The sample rate the meter was built for.</summary>
    public int SampleRate { get; }

    /// <summary>The loudness of the last 400 ms, in LUFS (−∞ before 400 ms have been measured, or in silence).</summary>
    public double MomentaryLufs => _momentaryEnergies.Count == 0 ? double.NegativeInfinity : LoudnessGating.LufsOf(_momentaryEnergies[^1]);

    /// <summary>The loudness of the last 3 s, in LUFS (−∞ before 3 s have been measured, or in silence).</summary>
    public double ShortTermLufs => _shortTermEnergies.Count == 0 ? double.NegativeInfinity : LoudnessGating.LufsOf(_shortTermEnergies[^1]);

    /// <summary>The integrated (gated) loudness of everything measured, in LUFS (−∞ when no block passes the gates).</summary>
    public double IntegratedLufs => LoudnessGating.Integrated(_momentaryEnergies);

    /// <summary>The loudness range of everything measured, in LU.</summary>
    public double LoudnessRangeLu => LoudnessGating.Range(_shortTermEnergies);

    /// <summary>The true peak of both channels, in dBTP (−∞ in silence).</summary>
    public double TruePeakDbtp => Decibels(Math.Max(_truePeak[0].Peak, _truePeak[1].Peak));

    /// <summary>The largest absolute sample, in dBFS (−∞ in silence).</summary>
    public double SamplePeakDbfs => Decibels(_samplePeak);

    /// <summary>Measures one block of interleaved stereo (left, right, left, …).</summary>
    public void Process(ReadOnlySpan<float> interleavedStereo)
    {
        if (interleavedStereo.Length % Channels != 0)
        {
            throw new ArgumentException("Interleaved stereo holds an even number of samples.", nameof(interleavedStereo));
        }

        for (var i = 0; i < interleavedStereo.Length; i += Channels)
        {
            var energy = 0.0;
            for (var channel = 0; channel < Channels; channel++)
            {
                double sample = interleavedStereo[i + channel];
                _samplePeak = Math.Max(_samplePeak, Math.Abs(sample));
                _truePeak[channel].Process(sample);
                var weighted = _weighting[channel].Process(sample);
                energy += weighted * weighted;
            }

            _subBlockSum += energy;
            if (++_subBlockFill == _subBlockFrames)
            {
                CloseSubBlock();
            }
        }
    }

    /// <summary>Forgets everything measured.</summary>
    public void Reset()
    {
        foreach (var filter in _weighting)
        {
            filter.Reset();
        }

        foreach (var detector in _truePeak)
        {
            detector.Reset();
        }

        Array.Clear(_recentSubBlocks);
        _momentaryEnergies.Clear();
        _shortTermEnergies.Clear();
        (_subBlockSum, _subBlockFill, _subBlockCount, _samplePeak) = (0, 0, 0, 0);
    }

    private void CloseSubBlock()
    {
        _recentSubBlocks[_subBlockCount % SubBlocksPerShortTerm] = _subBlockSum;
        _subBlockCount++;
        (_subBlockSum, _subBlockFill) = (0, 0);
        if (_subBlockCount >= SubBlocksPerMomentary)
        {
            _momentaryEnergies.Add(MeanOfRecent(SubBlocksPerMomentary));
        }

        if (_subBlockCount >= SubBlocksPerShortTerm)
        {
            _shortTermEnergies.Add(MeanOfRecent(SubBlocksPerShortTerm));
        }
    }

    // The mean square per frame over the last `count` sub-blocks (each sum already adds both channels' weighted squares).
    private double MeanOfRecent(int count)
    {
        var sum = 0.0;
        for (var back = 1; back <= count; back++)
        {
            sum += _recentSubBlocks[(_subBlockCount - back) % SubBlocksPerShortTerm];
        }

        return sum / (count * (double)_subBlockFrames);
    }

    private static double Decibels(double amplitude) => amplitude > 0 ? 20 * Math.Log10(amplitude) : double.NegativeInfinity;
}
