namespace Auralis.Audio.Analysis;

/// <summary>How noisy a sound is in the time domain: how often its waveform changes sign.</summary>
public static class ZeroCrossings
{
    /// <summary>Sign changes per sample of <paramref name="samples"/> (a sine of f hertz gives 2f / sample rate; white noise about 0.5).</summary>
    public static double Rate(ReadOnlySpan<float> samples)
    {
        if (samples.IsEmpty)
        {
            throw new ArgumentException("The audio is empty: there is nothing to analyse.", nameof(samples));
        }

        if (samples.Length == 1)
        {
            return 0;
        }

        var crossings = 0;
        var positive = samples[0] >= 0;
        for (var i = 1; i < samples.Length; i++)
        {
            var now = samples[i] >= 0;
            if (now != positive)
            {
                crossings++;
                positive = now;
            }
        }

        return crossings / (double)(samples.Length - 1);
    }
}
