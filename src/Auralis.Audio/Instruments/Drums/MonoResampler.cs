namespace Auralis.Audio.Instruments.Drums;

/// <summary>A sample as a drum plays it: one channel (the mean of its channels) at the output rate, linearly interpolated.</summary>
internal static class MonoResampler
{
    /// <summary>Mixes <paramref name="sample"/> to mono and resamples it to <paramref name="outputRate"/>.</summary>
    public static float[] Fit(SampleData sample, int outputRate)
    {
        var step = sample.SampleRate / (double)outputRate;
        var frames = Math.Max(1, (int)Math.Floor((sample.Frames - 1) / step) + 1);
        var fitted = new float[frames];
        var gain = 1f / sample.Channels.Count;
        for (var i = 0; i < frames; i++)
        {
            var position = i * step;
            var index = (int)position;
            var fraction = (float)(position - index);
            var next = Math.Min(index + 1, sample.Frames - 1);
            var sum = 0f;
            foreach (var channel in sample.Channels)
            {
                sum += channel[index] + ((channel[next] - channel[index]) * fraction);
            }

            fitted[i] = sum * gain;
        }

        return fitted;
    }
}
