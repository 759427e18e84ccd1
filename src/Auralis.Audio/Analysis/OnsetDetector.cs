using System.Numerics;

namespace Auralis.Audio.Analysis;

/// <summary>Finds where sounds begin: peaks of the spectral flux (the summed rise in magnitude from one frame to the next).</summary>
/// <remarks>
/// Frames of about 10 ms, a quarter frame apart, so an onset is placed within a few milliseconds. A peak counts when it is
/// the largest within ±2 frames, rises clearly above the flux around it, and comes at least
/// <see cref="MinGapSeconds"/> after the previous onset, so one drum hit's ringing does not count twice.
/// </remarks>
public static class OnsetDetector
{
    /// <summary>The shortest time between two onsets.</summary>
    public const double MinGapSeconds = 0.03;

    /// <summary>The onset times of <paramref name="mono"/> in seconds, ascending.</summary>
    public static IReadOnlyList<double> Detect(ReadOnlySpan<float> mono, int sampleRate)
    {
        AudioArguments.Validate(mono, sampleRate, nameof(mono));
        var frameLength = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, sampleRate / 100));
        var hop = frameLength / 4;
        var frames = MagnitudeFrames.Of(mono, frameLength, hop);
        var flux = Flux(frames);
        var loudest = flux.Max();
        var onsets = new List<double>();
        if (loudest < 1e-9 * frameLength)
        {
            return onsets;
        }

        var lastOnset = double.NegativeInfinity;
        for (var n = 0; n < flux.Length; n++)
        {
            var seconds = (n * hop + (frameLength / 2.0)) / sampleRate;
            if (IsPeak(flux, n, loudest) && seconds - lastOnset >= MinGapSeconds)
            {
                onsets.Add(Math.Max(0, seconds));
                lastOnset = seconds;
            }
        }

        return onsets;
    }

    // Half-wave rectified: only rises in magnitude mark a new sound; the first frame rises from silence.
    private static double[] Flux(double[][] frames)
    {
        var flux = new double[frames.Length];
        for (var n = 0; n < frames.Length; n++)
        {
            var sum = 0.0;
            for (var k = 0; k < frames[n].Length; k++)
            {
                var rise = frames[n][k] - (n > 0 ? frames[n - 1][k] : 0);
                sum += Math.Max(0, rise);
            }

            flux[n] = sum;
        }

        return flux;
    }

    // The local mean over about ±8 frames (±20 ms) plus a tenth of the loudest peak: an adaptive and an absolute floor.
    private static bool IsPeak(double[] flux, int n, double loudest)
    {
        const int neighbourhood = 2;
        const int context = 8;
        for (var m = Math.Max(0, n - neighbourhood); m <= Math.Min(flux.Length - 1, n + neighbourhood); m++)
        {
            if (flux[m] > flux[n] || (flux[m] == flux[n] && m < n))
            {
                return false;
            }
        }

        var (sum, count) = (0.0, 0);
        for (var m = Math.Max(0, n - context); m <= Math.Min(flux.Length - 1, n + context); m++)
        {
            sum += flux[m];
            count++;
        }

        return flux[n] > (1.5 * sum / count) && flux[n] > 0.1 * loudest;
    }
}
