namespace Auralis.Audio.Analysis;

/// <summary>A short-time magnitude spectrum: Hann-windowed frames a hop apart, each wholly inside the audio.</summary>
/// <remarks>
/// A frame that ran past the end would hear the cut as a broadband click, which lifts the centroid and reads as an
/// onset, so the tail shorter than a hop is left out; audio shorter than one frame gets one zero-padded frame.
/// Feature extraction runs off the audio thread, so this allocates one array per frame; the FFT buffers are shared.
/// </remarks>
internal static class MagnitudeFrames
{
    /// <summary>The magnitudes of bins 0..N/2 of every frame of <paramref name="mono"/>; at least one.</summary>
    public static double[][] Of(ReadOnlySpan<float> mono, int frameLength, int hop)
    {
        var real = new double[frameLength];
        var imaginary = new double[frameLength];
        var count = mono.Length <= frameLength ? 1 : ((mono.Length - frameLength) / hop) + 1;
        var frames = new double[count][];
        for (var frame = 0; frame < count; frame++)
        {
            var start = frame * hop;
            for (var i = 0; i < frameLength; i++)
            {
                var index = start + i;
                real[i] = index < mono.Length ? mono[index] * Fft.Hann(i, frameLength) : 0;
                imaginary[i] = 0;
            }

            Fft.Transform(real, imaginary);
            var magnitudes = new double[(frameLength / 2) + 1];
            for (var k = 0; k < magnitudes.Length; k++)
            {
                magnitudes[k] = Math.Sqrt((real[k] * real[k]) + (imaginary[k] * imaginary[k]));
            }

            frames[frame] = magnitudes;
        }

        return frames;
    }
}
