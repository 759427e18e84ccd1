namespace Auralis.Audio.Analysis;

/// <summary>A line's fundamental over time: YIN estimates at a fixed hop, in time order.</summary>
public sealed class PitchTrack
{
    /// <summary>Creates a track from frames <paramref name="hopSeconds"/> apart.</summary>
    public PitchTrack(IReadOnlyList<PitchFrame> frames, double hopSeconds)
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (!(hopSeconds > 0) || double.IsInfinity(hopSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(hopSeconds), hopSeconds, "The hop must be a positive number of seconds.");
        }

        Frames = frames;
        HopSeconds = hopSeconds;
    }

    /// <summary>The frames, in time order.</summary>
    public IReadOnlyList<PitchFrame> Frames { get; }

    /// <summary>The time between two frames.</summary>
    public double HopSeconds { get; }

    /// <summary>The share of frames that are voiced (0 for an empty track).</summary>
    public double VoicedRate => Frames.Count == 0 ? 0 : Frames.Count(f => f.Estimate.IsVoiced) / (double)Frames.Count;

    /// <summary>Tracks the pitch of <paramref name="mono"/> with a new detector every <paramref name="hopSeconds"/> (10 ms unless told).</summary>
    public static PitchTrack Of(ReadOnlySpan<float> mono, int sampleRate, YinOptions? options = null, double hopSeconds = 0.01)
    {
        AudioArguments.Validate(mono, sampleRate, nameof(mono));
        return Of(mono, new YinPitchDetector(sampleRate, options), hopSeconds);
    }

    /// <summary>Tracks the pitch of <paramref name="mono"/> with <paramref name="detector"/>, one frame every <paramref name="hopSeconds"/>.</summary>
    /// <remarks>Audio shorter than one detector frame is zero-padded, so even a short blip gets one frame.</remarks>
    public static PitchTrack Of(ReadOnlySpan<float> mono, YinPitchDetector detector, double hopSeconds = 0.01)
    {
        ArgumentNullException.ThrowIfNull(detector);
        AudioArguments.Validate(mono, detector.SampleRate, nameof(mono));
        var hop = (int)Math.Round(hopSeconds * detector.SampleRate);
        if (hop < 1 || double.IsNaN(hopSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(hopSeconds), hopSeconds, "The hop must be at least one sample long.");
        }

        var length = detector.FrameLength;
        if (mono.Length < length)
        {
            var padded = new float[length];
            mono.CopyTo(padded);
            mono = padded;
        }

        var frames = new List<PitchFrame>(((mono.Length - length) / hop) + 1);
        for (var start = 0; start + length <= mono.Length; start += hop)
        {
            var estimate = detector.Detect(mono[start..]);
            frames.Add(new PitchFrame((start + detector.CentreOf(estimate)) / detector.SampleRate, estimate));
        }

        return new PitchTrack(frames, hop / (double)detector.SampleRate);
    }
}
