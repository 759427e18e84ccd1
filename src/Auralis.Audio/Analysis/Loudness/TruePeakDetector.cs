namespace Auralis.Audio.Analysis.Loudness;

/// <summary>
/// The true peak of one channel as BS.1770-4 Annex 2 estimates it: the signal oversampled four times by a polyphase
/// interpolator, and the largest absolute value of the oversampled signal.
/// </summary>
/// <remarks>
/// The interpolator is a Hann-windowed sinc of twelve input samples per phase (the length the Annex uses). Phase 0 is the
/// input itself (the sinc is zero at every other integer), so the true peak is never below the sample peak. Each phase
/// is normalized to unity gain at DC so a constant signal reads its own level.
/// </remarks>
internal sealed class TruePeakDetector
{
    /// <summary>How many output samples each input sample becomes.</summary>
    public const int Oversampling = 4;

    /// <summary>How many input samples each phase of the interpolator weighs.</summary>
    public const int TapsPerPhase = 12;

    private const double WindowHalfWidth = (TapsPerPhase / 2) + 0.5;

    /// <summary>
    /// The interpolator's phases: phase p, tap j weighs the input j samples ago, and the sum estimates the signal p/4
    /// of a sample after the input <see cref="TapsPerPhase"/>/2 samples ago.
    /// </summary>
    internal static readonly double[][] Phases = BuildPhases();

    // Each sample is written twice, TapsPerPhase apart, so the last TapsPerPhase samples are always one contiguous span.
    private readonly double[] _history = new double[TapsPerPhase * 2];
    private int _position;

    /// <summary>The largest absolute value of the oversampled signal so far.</summary>
    public double Peak { get; private set; }

    /// <summary>Takes one input sample.</summary>
    public void Process(double sample)
    {
        _position = _position == 0 ? TapsPerPhase - 1 : _position - 1;
        _history[_position] = sample;
        _history[_position + TapsPerPhase] = sample;
        var newestFirst = _history.AsSpan(_position, TapsPerPhase);
        var peak = Peak;
        foreach (var phase in Phases)
        {
            var sum = 0.0;
            for (var tap = 0; tap < TapsPerPhase; tap++)
            {
                sum += newestFirst[tap] * phase[tap];
            }

            peak = Math.Max(peak, Math.Abs(sum));
        }

        Peak = peak;
    }

    /// <summary>Forgets the past signal and the peak.</summary>
    public void Reset()
    {
        Array.Clear(_history);
        _position = 0;
        Peak = 0;
    }

    // Phase p estimates the signal p/4 of a sample after the input TapsPerPhase/2 samples ago; tap j weighs the input j
    // samples ago, at distance j - TapsPerPhase/2 + p/4 from that instant.
    private static double[][] BuildPhases()
    {
        var phases = new double[Oversampling][];
        for (var p = 0; p < Oversampling; p++)
        {
            var taps = new double[TapsPerPhase];
            for (var j = 0; j < TapsPerPhase; j++)
            {
                var distance = j - (TapsPerPhase / 2) + (p / (double)Oversampling);
                taps[j] = Sinc(distance) * (0.5 + (0.5 * Math.Cos(Math.PI * distance / WindowHalfWidth)));
            }

            var gain = taps.Sum();
            phases[p] = Array.ConvertAll(taps, tap => tap / gain);
        }

        return phases;
    }

    private static double Sinc(double x) => x == 0 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);
}
