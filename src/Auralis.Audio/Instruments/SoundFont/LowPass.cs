using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>A voice's low-pass biquad (RBJ's, transposed direct form II): its coefficients, fixed when the note starts, and its state.</summary>
/// <remarks>An unfiltered zone has the identity (b0 = 1, the rest 0), so every voice runs through the same arithmetic.</remarks>
internal struct LowPass
{
    public float B0, B1, B2, A1, A2, Z1, Z2;

    /// <summary>The filter that passes its input unchanged.</summary>
    public static LowPass Identity => new() { B0 = 1f };

    /// <summary>A low-pass at <paramref name="cutoffHertz"/>; SF2's Q is the resonance peak in dB over a Butterworth response.</summary>
    public static LowPass Of(double cutoffHertz, double resonanceDecibels, double sampleRate)
    {
        var w0 = 2 * Math.PI * cutoffHertz / sampleRate;
        var q = Math.Max(Math.Sqrt(0.5), Math.Pow(10, resonanceDecibels / 20.0) * Math.Sqrt(0.5));
        var alpha = Math.Sin(w0) / (2 * q);
        var cos = Math.Cos(w0);
        var a0 = 1 + alpha;
        var b1 = (float)((1 - cos) / a0);
        return new LowPass { B0 = b1 / 2, B1 = b1, B2 = b1 / 2, A1 = (float)(-2 * cos / a0), A2 = (float)((1 - alpha) / a0) };
    }

    /// <summary>Flushes denormal state at the end of a block.</summary>
    public void FlushState() => (Z1, Z2) = (Denormals.Flush(Z1), Denormals.Flush(Z2));
}
