using Auralis.Audio.Codecs;

namespace Auralis.Audio.Analysis;

/// <summary>Extracts a sample's <see cref="SampleFeatures"/> from its audio.</summary>
public static class SampleAnalyzer
{
    // A sample counts as pitched when YIN hears a period in most of the frames that are audible at all, so the silent
    // tail of a decaying note does not make it unpitched and a few lucky frames of a snare do not make it pitched.
    private const double PitchedShare = 0.6;
    private const double AudibleBelowPeak = 0.01;

    /// <summary>The features of <paramref name="audio"/>, folded to mono.</summary>
    public static SampleFeatures Analyze(WavAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        return Analyze(MonoMix.Of(audio), audio.SampleRate);
    }

    /// <summary>The features of <paramref name="mono"/> audio at <paramref name="sampleRate"/>.</summary>
    public static SampleFeatures Analyze(ReadOnlySpan<float> mono, int sampleRate)
    {
        var timbre = AnalyzeUnpitched(mono, sampleRate);
        return timbre with { PitchHertz = PitchOf(mono, sampleRate, timbre.Peak) };
    }

    /// <summary>The features of <paramref name="mono"/> audio with its pitch left unmeasured (null).</summary>
    /// <remarks>For a sound whose pitch does not matter, such as a drum: listening for a period in every frame costs about
    /// twice what all the other features do together.</remarks>
    public static SampleFeatures AnalyzeUnpitched(ReadOnlySpan<float> mono, int sampleRate)
    {
        AudioArguments.Validate(mono, sampleRate, nameof(mono));
        var (sumOfSquares, peak) = (0.0, 0.0);
        foreach (var sample in mono)
        {
            sumOfSquares += (double)sample * sample;
            peak = Math.Max(peak, Math.Abs(sample));
        }

        return new SampleFeatures(
            mono.Length / (double)sampleRate,
            Math.Sqrt(sumOfSquares / mono.Length),
            peak,
            SpectralCentroid.Of(mono, sampleRate),
            ZeroCrossings.Rate(mono),
            OnsetDetector.Detect(mono, sampleRate),
            null);
    }

    /// <summary>The median fundamental of <paramref name="mono"/>'s voiced frames; null when it is unpitched.</summary>
    public static double? PitchOf(ReadOnlySpan<float> mono, int sampleRate)
    {
        AudioArguments.Validate(mono, sampleRate, nameof(mono));
        return PitchOf(mono, sampleRate, PeakOf(mono));
    }

    private static double? PitchOf(ReadOnlySpan<float> mono, int sampleRate, double peak)
    {
        if (peak <= 0 || sampleRate < 8_000)
        {
            return null;
        }

        var detector = new YinPitchDetector(sampleRate);
        var track = PitchTrack.Of(mono, detector);
        var hop = (int)Math.Round(track.HopSeconds * sampleRate);
        var voiced = new List<double>();
        var audible = 0;
        for (var i = 0; i < track.Frames.Count; i++)
        {
            var start = i * hop;
            var window = mono.Slice(start, Math.Min(detector.FrameLength, mono.Length - start));
            if (PeakOf(window) < AudibleBelowPeak * peak)
            {
                continue;
            }

            audible++;
            if (track.Frames[i].Estimate.IsVoiced)
            {
                voiced.Add(track.Frames[i].Estimate.Hertz);
            }
        }

        if (audible == 0 || voiced.Count < PitchedShare * audible)
        {
            return null;
        }

        voiced.Sort();
        return voiced[voiced.Count / 2];
    }

    private static double PeakOf(ReadOnlySpan<float> window)
    {
        var peak = 0.0;
        foreach (var sample in window)
        {
            peak = Math.Max(peak, Math.Abs(sample));
        }

        return peak;
    }
}
