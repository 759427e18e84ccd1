using System.Numerics;

namespace Auralis.Audio.Analysis;

/// <summary>Estimates the fundamental of a block of mono audio with YIN (de Cheveigné and Kawahara, 2002).</summary>
/// <remarks>
/// Steps 2–5 of the paper: the difference function, its cumulative mean normalization, the absolute threshold, and
/// parabolic interpolation of the raw difference around the chosen lag (least squares over a width that grows with
/// the period). A block in which no dip clears the threshold is reported unvoiced rather than given the global
/// minimum, because a caller building notes would rather hear "no pitch" than a guess. The difference function is
/// computed exactly, not approximated, from an FFT cross-correlation (O(N log N) instead of O(N·lag));
/// <see cref="DifferenceDirect"/> is the plain loop the tests compare it with. Every buffer is allocated by the
/// constructor, so <see cref="Detect"/> allocates nothing and one detector can run on an audio thread; it is not
/// thread-safe.
/// </remarks>
public sealed class YinPitchDetector
{
    private readonly double _threshold;
    private readonly int _minLag;
    private readonly int _maxLag;
    private readonly int _window;
    private readonly double[] _windowReal;
    private readonly double[] _windowImaginary;
    private readonly double[] _frameReal;
    private readonly double[] _frameImaginary;
    private readonly double[] _difference;
    private readonly double[] _normalized;

    /// <summary>Creates a detector for audio at <paramref name="sampleRate"/> over the range in <paramref name="options"/>.</summary>
    public YinPitchDetector(int sampleRate, YinOptions? options = null)
    {
        options ??= YinOptions.Default;
        options.Validate(sampleRate);
        SampleRate = sampleRate;
        _threshold = options.Threshold;
        _minLag = Math.Max(2, (int)Math.Floor(sampleRate / options.MaxHertz));

        // One lag beyond the longest period, so a period at the range's bottom still has a right-hand neighbour.
        _maxLag = (int)Math.Ceiling(sampleRate / options.MinHertz) + 1;

        // The integration window must hold at least one longest period; the frame is the window plus the longest lag.
        FrameLength = (int)BitOperations.RoundUpToPowerOf2((uint)(2 * _maxLag));
        _window = FrameLength - _maxLag;
        _windowReal = new double[FrameLength];
        _windowImaginary = new double[FrameLength];
        _frameReal = new double[FrameLength];
        _frameImaginary = new double[FrameLength];
        _difference = new double[_maxLag + 1];
        _normalized = new double[_maxLag + 1];
    }

    /// <summary>The sample rate the detector was made for.</summary>
    public int SampleRate { get; }

    /// <summary>How many samples one estimate reads (at 44.1 or 48 kHz with the default range, 2048).</summary>
    public int FrameLength { get; }

    /// <summary>Estimates the fundamental of the first <see cref="FrameLength"/> samples of <paramref name="block"/>.</summary>
    public PitchEstimate Detect(ReadOnlySpan<float> block)
    {
        if (block.Length < FrameLength)
        {
            throw new ArgumentException($"A block must hold at least {FrameLength} samples; this one holds {block.Length}.", nameof(block));
        }

        var frame = block[..FrameLength];
        if (!ComputeDifference(frame))
        {
            return PitchEstimate.Unvoiced;
        }

        NormalizeCumulatively();
        var lag = FirstDipBelowThreshold();
        if (lag < 0)
        {
            return PitchEstimate.Unvoiced;
        }

        var period = InterpolateMinimum(lag);
        var confidence = Math.Clamp(1 - _normalized[lag], 0, 1);
        return new PitchEstimate(SampleRate / period, confidence);
    }

    /// <summary>The YIN difference function d(τ) for lags 0..<paramref name="maxLag"/>, by the definition (equation 6).</summary>
    internal static double[] DifferenceDirect(ReadOnlySpan<float> frame, int window, int maxLag)
    {
        var difference = new double[maxLag + 1];
        for (var lag = 0; lag <= maxLag; lag++)
        {
            var sum = 0.0;
            for (var j = 0; j < window; j++)
            {
                var delta = (double)frame[j] - frame[j + lag];
                sum += delta * delta;
            }

            difference[lag] = sum;
        }

        return difference;
    }

    /// <summary>The difference function this detector computed for its last block, for tests.</summary>
    internal ReadOnlySpan<double> LastDifference => _difference;

    /// <summary>How many samples the difference function sums over: a block's first <see cref="FrameLength"/> minus the longest lag.</summary>
    public int Window => _window;

    /// <summary>
    /// Where, in samples from the block's start, the audio an estimate describes is centred: the window and one period
    /// after it, so a high note is heard earlier in the block than a low one.
    /// </summary>
    public double CentreOf(PitchEstimate estimate) =>
        estimate.IsVoiced ? (_window + (SampleRate / estimate.Hertz)) / 2 : FrameLength / 2.0;

    /// <summary>The longest lag, for tests.</summary>
    internal int MaxLag => _maxLag;

    // d(τ) = Σx_j² + Σx_{j+τ}² − 2·Σx_j·x_{j+τ} over j < W; the cross term is one FFT correlation. False for silence.
    private bool ComputeDifference(ReadOnlySpan<float> frame)
    {
        var energy = 0.0;
        for (var i = 0; i < FrameLength; i++)
        {
            double sample = frame[i];
            energy += sample * sample;
            _frameReal[i] = sample;
            _frameImaginary[i] = 0;
            _windowReal[i] = i < _window ? sample : 0;
            _windowImaginary[i] = 0;
        }

        if (!double.IsFinite(energy))
        {
            throw new ArgumentException("The block holds NaN or infinite samples.", nameof(frame));
        }

        // About −120 dBFS per sample: below this the normalization would divide noise by nothing.
        if (energy < 1e-12 * FrameLength)
        {
            return false;
        }

        Fft.Transform(_windowReal, _windowImaginary);
        Fft.Transform(_frameReal, _frameImaginary);

        // conj(A)·B, conjugated again so the forward transform computes the inverse; only the real part is needed.
        for (var k = 0; k < FrameLength; k++)
        {
            var (ar, ai, br, bi) = (_windowReal[k], _windowImaginary[k], _frameReal[k], _frameImaginary[k]);
            _frameReal[k] = (ar * br) + (ai * bi);
            _frameImaginary[k] = -((ar * bi) - (ai * br));
        }

        Fft.Transform(_frameReal, _frameImaginary);
        var scale = 1.0 / FrameLength;
        var head = 0.0;
        for (var j = 0; j < _window; j++)
        {
            head += (double)frame[j] * frame[j];
        }

        var shifted = head;
        for (var lag = 0; lag <= _maxLag; lag++)
        {
            _difference[lag] = Math.Max(0, head + shifted - (2 * _frameReal[lag] * scale));
            if (lag < _maxLag)
            {
                shifted += ((double)frame[lag + _window] * frame[lag + _window]) - ((double)frame[lag] * frame[lag]);
            }
        }

        _difference[0] = 0;
        return true;
    }

    // d'(τ) = d(τ) / ((1/τ)·Σ_{j≤τ} d(j)), d'(0) = 1 (equation 8): it starts at 1 and dips only at true periods.
    private void NormalizeCumulatively()
    {
        _normalized[0] = 1;
        var running = 0.0;
        for (var lag = 1; lag <= _maxLag; lag++)
        {
            running += _difference[lag];
            _normalized[lag] = running > 0 ? _difference[lag] * lag / running : 1;
        }
    }

    // The first lag whose d' falls below the threshold, followed down to the bottom of its dip; −1 when none does.
    private int FirstDipBelowThreshold()
    {
        for (var lag = _minLag; lag < _maxLag; lag++)
        {
            if (_normalized[lag] < _threshold)
            {
                while (lag + 1 < _maxLag && _normalized[lag + 1] < _normalized[lag])
                {
                    lag++;
                }

                return lag;
            }
        }

        return -1;
    }

    // The vertex of a least-squares parabola through d around the chosen lag: sub-sample precision on the raw difference,
    // as the paper does. A long period's dip is wide and shallow, so noise moves three points a lot; the fit spans about
    // a thirty-second of the period on either side, which keeps a short period's three points and steadies a long one.
    private double InterpolateMinimum(int lag)
    {
        var half = Math.Clamp(lag / 32, 1, Math.Min(lag - 1, _maxLag - lag));
        var (sumY, sumXY, sumXXY, sumXX, sumXXXX) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for (var x = -half; x <= half; x++)
        {
            var y = _difference[lag + x];
            sumY += y;
            sumXY += x * y;
            sumXXY += x * x * y;
            sumXX += x * x;
            sumXXXX += (double)x * x * x * x;
        }

        var count = (2 * half) + 1;
        var curvature = ((count * sumXXY) - (sumXX * sumY)) / ((count * sumXXXX) - (sumXX * sumXX));
        if (curvature <= 0)
        {
            return lag;
        }

        var offset = -(sumXY / sumXX) / (2 * curvature);
        return lag + Math.Clamp(offset, -half, half);
    }
}
