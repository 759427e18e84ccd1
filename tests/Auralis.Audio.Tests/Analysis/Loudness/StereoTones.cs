namespace Auralis.Audio.Tests.Analysis.Loudness;

/// <summary>Interleaved stereo test signals, synthesized in double precision.</summary>
internal static class StereoTones
{
    /// <summary>A sine of <paramref name="hertz"/> with peak <paramref name="leftAmplitude"/> on the left and <paramref name="rightAmplitude"/> on the right.</summary>
    public static float[] Sine(double hertz, int sampleRate, double seconds, double leftAmplitude, double rightAmplitude, double phase = 0)
    {
        var frames = (int)Math.Round(seconds * sampleRate);
        var samples = new float[frames * 2];
        for (var i = 0; i < frames; i++)
        {
            var value = Math.Sin(phase + (2 * Math.PI * hertz * i / sampleRate));
            samples[2 * i] = (float)(leftAmplitude * value);
            samples[(2 * i) + 1] = (float)(rightAmplitude * value);
        }

        return samples;
    }

    /// <summary>The same sine on both channels, with a peak of <paramref name="dbfs"/> dB full scale.</summary>
    public static float[] Sine(double hertz, int sampleRate, double seconds, double dbfs) =>
        Sine(hertz, sampleRate, seconds, Math.Pow(10, dbfs / 20), Math.Pow(10, dbfs / 20));

    /// <summary>Silence of <paramref name="seconds"/>.</summary>
    public static float[] Silence(int sampleRate, double seconds) => new float[(int)Math.Round(seconds * sampleRate) * 2];

    /// <summary>Feeds <paramref name="signal"/> to <paramref name="meter"/> in blocks of 128 frames, as the renderer delivers them.</summary>
    public static void Feed(this Auralis.Audio.Analysis.Loudness.LoudnessMeter meter, float[] signal)
    {
        for (var start = 0; start < signal.Length; start += 256)
        {
            meter.Process(signal.AsSpan(start, Math.Min(256, signal.Length - start)));
        }
    }
}
