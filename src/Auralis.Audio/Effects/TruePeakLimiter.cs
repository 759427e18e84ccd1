using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Auralis.Audio.Analysis.Loudness;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Effects;

/// <summary>
/// The master's last stage: a stereo-linked look-ahead limiter that keeps the true peak (BS.1770's, between samples as
/// well as on them) under its ceiling, with a gain that moves smoothly enough not to make new peaks.
/// </summary>
/// <remarks>
/// <para>Each input frame's peak is found as the loudness meter finds it: the signal oversampled four times by the same
/// polyphase interpolator, a vector pass over the block. The gain a peak needs is held for the look-ahead window (a
/// running minimum), released exponentially, then averaged over the window, so it has reached what the peak needs when
/// the peak leaves the delay line, and its changes are ramps, never steps. The output is the input delayed by
/// <see cref="LatencyFrames"/>.</para>
/// <para>Render-thread safe: <see cref="Prepare"/> allocates the delay line, the window and the history; processing
/// allocates nothing, and the same input gives the same output however it is cut into blocks.</para>
/// </remarks>
public sealed class TruePeakLimiter
{
    private const int Taps = TruePeakDetector.TapsPerPhase;
    // The interpolator centres on the input Taps/2 frames back: a frame's peaks are known that much later.
    private const int DetectorDelay = Taps / 2;
    private static readonly float[][] Phases = [.. TruePeakDetector.Phases.Skip(1).Select(phase => phase.Select(tap => (float)tap).ToArray())];
    // The three phases' taps in one row, each as a vector of equal lanes, for the vector pass to read by reference.
    private static readonly Vector<float>[] PhaseTaps = [.. Phases.SelectMany(phase => phase).Select(tap => new Vector<float>(tap))];

    private float[] _historyLeft = [];
    private float[] _historyRight = [];
    private float[] _peaks = [];
    private float[] _delayLeft = [];
    private float[] _delayRight = [];
    private double[] _window = [];
    private double[] _minimumValues = [];
    private long[] _minimumFrames = [];
    private int _lookahead;
    private int _delayLength;
    private int _position;
    private int _slot;
    private long _restingFrames;
    private long _frame;
    private int _minimumHead;
    private int _minimumCount;
    private double _windowSum;
    private double _released = 1;
    private double _releaseCoefficient;
    private float _previousPeak;

    /// <summary>The highest true peak let through (linear).</summary>
    public double Ceiling { get; set; } = 0.89;

    /// <summary>How long the gain takes to recover, in milliseconds.</summary>
    public double ReleaseMs { get; set; } = 100;

    /// <summary>How far ahead the gain starts to fall, in milliseconds (set before <see cref="Prepare"/>).</summary>
    public double LookaheadMs { get; init; } = 1;

    /// <summary>How many frames the output lags the input.</summary>
    public int LatencyFrames => _delayLength;

    /// <summary>The gain applied to the last frame (1 = no limiting).</summary>
    public float CurrentGain { get; private set; } = 1f;

    /// <summary>Allocates the delay line, the window and the interpolator's history for <paramref name="spec"/>.</summary>
    public void Prepare(in AudioSpec spec)
    {
        spec.Validate();
        _lookahead = Math.Max(2, (int)Math.Round(LookaheadMs / 1000 * spec.SampleRate));
        // Frame k is bounded by its segments either side (k − 1 to k, k to k + 1), the later one measured DetectorDelay frames late.
        _delayLength = _lookahead + DetectorDelay - 1;
        (_delayLeft, _delayRight) = (new float[_delayLength], new float[_delayLength]);
        (_historyLeft, _historyRight) = (new float[Taps - 1 + spec.MaxBlockFrames], new float[Taps - 1 + spec.MaxBlockFrames]);
        _peaks = new float[spec.MaxBlockFrames];
        _window = new double[_lookahead];
        (_minimumValues, _minimumFrames) = (new double[_lookahead], new long[_lookahead]);
        _releaseCoefficient = Math.Exp(-1 / (Math.Max(1, ReleaseMs) / 1000 * spec.SampleRate));
        Reset();
    }

    /// <summary>Clears the delay line and returns the gain to unity.</summary>
    public void Reset()
    {
        Array.Clear(_delayLeft);
        Array.Clear(_delayRight);
        Array.Clear(_historyLeft);
        Array.Clear(_historyRight);
        Array.Fill(_window, 1.0);
        (_position, _slot, _frame, _minimumHead, _minimumCount, _restingFrames) = (0, 0, 0, 0, 0, _lookahead);
        (_windowSum, _released, CurrentGain, _previousPeak) = (_lookahead, 1, 1f, 0f);
    }

    /// <summary>Limits the block in place (its output lags its input by <see cref="LatencyFrames"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Process(Span<float> left, Span<float> right)
    {
        if (_lookahead == 0)
        {
            throw new InvalidOperationException("Prepare the limiter before processing.");
        }

        var frames = Math.Min(left.Length, right.Length);
        if (frames > _peaks.Length)
        {
            throw new ArgumentException($"A block holds at most {_peaks.Length} frames.", nameof(left));
        }

        left[..frames].CopyTo(_historyLeft.AsSpan(Taps - 1));
        right[..frames].CopyTo(_historyRight.AsSpan(Taps - 1));
        var peaks = _peaks.AsSpan(0, frames);
        peaks.Clear();
        SegmentPeaks(_historyLeft.AsSpan(0, Taps - 1 + frames), peaks);
        SegmentPeaks(_historyRight.AsSpan(0, Taps - 1 + frames), peaks);

        var ceiling = Math.Clamp(Ceiling, 0.01, 1.0);
        if (_restingFrames >= _lookahead && MathF.Max(SampleMath.Peak(peaks), _previousPeak) <= ceiling)
        {
            PassThrough(left[..frames], right[..frames]);
            _previousPeak = peaks[^1];
        }
        else
        {
            Limit(left[..frames], right[..frames], peaks, ceiling);
        }

        // The last Taps − 1 inputs start the next block's history.
        _historyLeft.AsSpan(frames, Taps - 1).CopyTo(_historyLeft);
        _historyRight.AsSpan(frames, Taps - 1).CopyTo(_historyRight);
        // The running sum is re-added from the window once a block, so rounding never accumulates across a session.
    }

    // At rest (no gain reduction, nothing held, no peak over the ceiling): the gain stays exactly 1, every frame's
    // needed gain is 1 and leaves the hold queue holding only the newest frame; the block only passes the delay line.
    private void PassThrough(Span<float> left, Span<float> right)
    {
        var frames = left.Length;
        var (delayLeft, delayRight, position, length) = (_delayLeft, _delayRight, _position, _delayLength);
        for (var i = 0; i < frames; i++)
        {
            (left[i], delayLeft[position]) = (delayLeft[position], left[i]);
            (right[i], delayRight[position]) = (delayRight[position], right[i]);
            position = position + 1 == length ? 0 : position + 1;
        }

        _frame += frames;
        _restingFrames += frames;
        _slot = (int)((_slot + (long)frames) % _lookahead);
        (_position, _minimumHead, _minimumCount) = (position, 0, 1);
        (_minimumValues[0], _minimumFrames[0]) = (1.0, _frame - 1);
        CurrentGain = 1f;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Limit(Span<float> left, Span<float> right, ReadOnlySpan<float> peaks, double ceiling)
    {
        var (previous, released, sum) = (_previousPeak, _released, _windowSum);
        var (position, windowLength, release, slot) = (_position, _lookahead, _releaseCoefficient, _slot);
        var (window, delayLeft, delayRight, delayLength) = (_window, _delayLeft, _delayRight, _delayLength);
        var resting = _restingFrames;
        var gain = 1.0;
        for (var i = 0; i < left.Length; i++)
        {
            double peak = MathF.Max(peaks[i], previous);
            previous = peaks[i];
            var needed = peak > ceiling ? ceiling / peak : 1.0;
            var held = Hold(needed);
            released = held < released ? held : held - ((held - released) * release);
            // A release converging on 1 stalls a rounding step below it; 10⁻⁹ (−180 dB) from 1 is 1, and lets the limiter rest.
            released = released > 1 - 1e-9 ? 1 : released;
            resting = released == 1 ? resting + 1 : 0;
            sum += released - window[slot];
            window[slot] = released;
            slot = slot + 1 == windowLength ? 0 : slot + 1;
            // A window of nothing but 1 sums to exactly its length, whatever rounding the running sum gathered.
            sum = resting >= windowLength ? windowLength : sum;
            gain = Math.Min(1.0, sum / windowLength);

            var (outLeft, outRight) = (delayLeft[position], delayRight[position]);
            (delayLeft[position], delayRight[position]) = (left[i], right[i]);
            position = position + 1 == delayLength ? 0 : position + 1;
            left[i] = (float)(outLeft * gain);
            right[i] = (float)(outRight * gain);
            _frame++;
        }

        (_previousPeak, _released, _windowSum, _position, _slot, _restingFrames) = (previous, released, sum, position, slot, resting);
        CurrentGain = (float)gain;
    }

    // For each frame n of the block: the largest of |x[n − 6]| and the three interpolated values after it, raised into
    // peaks[n − start] (the larger of what is there and this channel's). history holds Taps − 1 older inputs first.
    // The vector pass reads by reference: history is Taps − 1 inputs longer than peaks, so every load from input
    // i − Taps + 1 to i + Vector<float>.Count − 1 lies within it, and the slices and bounds checks of a span per tap cost
    // more than the products. Each sum is added tap by tap in the plain loop's order, so the peaks are its to the bit.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SegmentPeaks(ReadOnlySpan<float> history, Span<float> peaks)
    {
        var frames = peaks.Length;
        if (history.Length < Taps - 1 + frames)
        {
            throw new ArgumentException("The history holds Taps − 1 inputs before the block's.", nameof(history));
        }

        var whole = Vector.IsHardwareAccelerated ? frames - (frames % Vector<float>.Count) : 0;
        ref var input = ref MemoryMarshal.GetReference(history);
        ref var peak0 = ref MemoryMarshal.GetReference(peaks);
        ref var taps = ref MemoryMarshal.GetArrayDataReference(PhaseTaps);
        for (var i = 0; i < whole; i += Vector<float>.Count)
        {
            // Input n is history[Taps - 1 + n]; tap j weighs input n - j.
            ref var newest = ref Unsafe.Add(ref input, Taps - 1 + i);
            var peak = Vector.Abs(Vector.LoadUnsafe(ref Unsafe.Subtract(ref newest, DetectorDelay)));
            for (var phase = 0; phase < Phases.Length; phase++)
            {
                ref var phaseTaps = ref Unsafe.Add(ref taps, phase * Taps);
                var sum = Vector<float>.Zero;
                for (var j = 0; j < Taps; j++)
                {
                    sum += Vector.LoadUnsafe(ref Unsafe.Subtract(ref newest, j)) * Unsafe.Add(ref phaseTaps, j);
                }

                peak = Vector.Max(peak, Vector.Abs(sum));
            }

            Vector.Max(peak, Vector.LoadUnsafe(ref peak0, (nuint)i)).StoreUnsafe(ref peak0, (nuint)i);
        }

        for (var i = whole; i < frames; i++)
        {
            var peak = MathF.Abs(history[Taps - 1 + i - DetectorDelay]);
            foreach (var phase in Phases)
            {
                var sum = 0f;
                for (var j = 0; j < Taps; j++)
                {
                    sum += history[Taps - 1 + i - j] * phase[j];
                }

                peak = MathF.Max(peak, MathF.Abs(sum));
            }

            peaks[i] = MathF.Max(peaks[i], peak);
        }
    }

    // The smallest gain needed over the last window of frames: a monotonic queue of (value, frame), oldest first, in a
    // ring as long as the window (indices wrap by comparison: a division per frame cost more than the rest of the loop).
    private double Hold(double needed)
    {
        var capacity = _minimumValues.Length;
        var (head, count) = (_minimumHead, _minimumCount);
        var last = head + count - 1;
        while (count > 0 && _minimumValues[last >= capacity ? last - capacity : last] >= needed)
        {
            count--;
            last--;
        }

        var tail = head + count;
        tail = tail >= capacity ? tail - capacity : tail;
        _minimumValues[tail] = needed;
        _minimumFrames[tail] = _frame;
        count++;
        if (_frame - _minimumFrames[head] >= capacity)
        {
            head = head + 1 == capacity ? 0 : head + 1;
            count--;
        }

        (_minimumHead, _minimumCount) = (head, count);
        return _minimumValues[head];
    }
}
