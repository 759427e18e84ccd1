namespace Auralis.Audio.Analysis;

/// <summary>Follows the pitch of live audio block by block: YIN estimates a hop apart, whatever size the blocks are.</summary>
/// <remarks>
/// Samples go into a ring that holds one detector frame; each time a hop's worth has arrived (and the ring is full) the
/// frame is estimated. The frames and their timestamps are exactly those <see cref="PitchTrack.Of(ReadOnlySpan{float}, YinPitchDetector, double)"/>
/// gives for the same audio, so a live line and its recording read the same. Everything is allocated here;
/// <see cref="Process"/> allocates nothing and may run on the audio thread. Not thread-safe.
/// </remarks>
public sealed class PitchFollower
{
    private readonly YinPitchDetector _detector;
    private readonly float[] _ring;
    private readonly float[] _frame;
    private readonly int _hop;
    private int _write;
    private int _sinceLast;
    private long _received;

    /// <summary>Creates a follower at <paramref name="sampleRate"/>, one estimate every <paramref name="hopSeconds"/>.</summary>
    public PitchFollower(int sampleRate, YinOptions? options = null, double hopSeconds = 0.01)
    {
        _detector = new YinPitchDetector(sampleRate, options);
        _hop = (int)Math.Round(hopSeconds * sampleRate);
        if (_hop < 1 || double.IsNaN(hopSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(hopSeconds), hopSeconds, "The hop must be at least one sample long.");
        }

        _ring = new float[_detector.FrameLength];
        _frame = new float[_detector.FrameLength];
        Reset();
    }

    /// <summary>The hop in samples.</summary>
    public int HopFrames => _hop;

    /// <summary>The most estimates one call of <see cref="Process"/> can produce for a block of <paramref name="blockFrames"/>.</summary>
    public int MaxEstimatesFor(int blockFrames) => (blockFrames / _hop) + 1;

    /// <summary>Forgets the audio heard so far; the next sample is time 0 again.</summary>
    public void Reset()
    {
        Array.Clear(_ring);
        _write = 0;
        _received = 0;
        _sinceLast = 0;
    }

    /// <summary>Takes in <paramref name="block"/> and writes the estimates it completes to <paramref name="estimates"/>; returns how many.</summary>
    /// <exception cref="ArgumentException"><paramref name="estimates"/> is shorter than <see cref="MaxEstimatesFor"/> the block.</exception>
    public int Process(ReadOnlySpan<float> block, Span<PitchFrame> estimates)
    {
        if (estimates.Length < MaxEstimatesFor(block.Length))
        {
            throw new ArgumentException($"A block of {block.Length} frames may complete {MaxEstimatesFor(block.Length)} estimates; there is room for {estimates.Length}.", nameof(estimates));
        }

        var written = 0;
        var length = _ring.Length;
        foreach (var sample in block)
        {
            _ring[_write] = sample;
            _write = _write + 1 == length ? 0 : _write + 1;
            _received++;
            // The first frame is due as soon as the ring is full (a pitch track's first frame starts at sample 0), then every hop.
            if (_received < length || (_received > length && ++_sinceLast < _hop))
            {
                continue;
            }

            // The ring's oldest sample sits at the write position: unroll it into frame order.
            _ring.AsSpan(_write).CopyTo(_frame);
            _ring.AsSpan(0, _write).CopyTo(_frame.AsSpan(length - _write));
            var estimate = _detector.Detect(_frame);
            var start = _received - length;
            estimates[written++] = new PitchFrame((start + _detector.CentreOf(estimate)) / _detector.SampleRate, estimate);
            _sinceLast = 0;
        }

        return written;
    }
}
