using NAudio.Dsp;

namespace Auralis.Audio.Instruments;

/// <summary>Converts a recorded sample to another sample rate with NAudio's <see cref="WdlResampler"/> (windowed sinc), once, at load time.</summary>
/// <remarks>
/// The resampler's latency is taken off the start and its filter tail fed with silence, so the converted sample starts
/// when the original does and lasts as long: round(frames × output rate / input rate) frames. Deterministic: the same
/// sample always converts to the same floats. Allocates; never called on the render thread.
/// </remarks>
public static class SampleRateConversion
{
    private const int Chunk = 4096;

    /// <summary><paramref name="sample"/> at <paramref name="outputRate"/> (the sample itself when it is at that rate already).</summary>
    public static SampleData To(SampleData sample, int outputRate)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputRate);
        if (sample.SampleRate == outputRate)
        {
            return sample;
        }

        var channels = sample.Channels.Count;
        var frames = (int)Math.Round(sample.Frames * (double)outputRate / sample.SampleRate);
        var resampler = new WdlResampler();
        resampler.SetMode(true, 0, true);
        resampler.SetFeedMode(false);
        resampler.SetRates(sample.SampleRate, outputRate);
        var skip = (int)Math.Round(resampler.GetCurrentLatency() * outputRate);

        var output = sample.Channels.Select(_ => new float[Math.Max(1, frames)]).ToArray();
        var block = new float[Chunk * channels];
        var (read, written, skipped) = (0, 0, 0);
        while (written < frames)
        {
            var needed = resampler.ResamplePrepare(Chunk, channels, out var input);
            for (var i = 0; i < needed; i++, read++)
            {
                for (var c = 0; c < channels; c++)
                {
                    input[(i * channels) + c] = read < sample.Frames ? sample.Channels[c][read] : 0f;
                }
            }

            var produced = resampler.ResampleOut(block, needed, Chunk, channels);
            if (produced == 0 && read > sample.Frames + (4 * Chunk))
            {
                break;
            }

            for (var i = 0; i < produced && written < frames; i++)
            {
                if (skipped < skip)
                {
                    skipped++;
                    continue;
                }

                for (var c = 0; c < channels; c++)
                {
                    output[c][written] = block[(i * channels) + c];
                }

                written++;
            }
        }

        return new SampleData(output, outputRate, sample.RootPitch, sample.Name);
    }
}
