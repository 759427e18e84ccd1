namespace Auralis.Audio.Codecs;

/// <summary>Decoded WAV audio: the sample rate, the channel count, the file's sample format, and the samples interleaved as floats.</summary>
public sealed record WavAudio
{
    /// <summary>Creates audio, refusing a sample count that is not a whole number of frames.</summary>
    public WavAudio(int sampleRate, int channels, float[] samples, WavSampleFormat format = WavSampleFormat.Float32)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Length % channels != 0)
        {
            throw new ArgumentException($"{samples.Length} samples are not a whole number of {channels}-channel frames.", nameof(samples));
        }

        (SampleRate, Channels, Samples, Format) = (sampleRate, channels, samples, format);
    }

    /// <summary>Frames per second.</summary>
    public int SampleRate { get; }

    /// <summary>Channels per frame.</summary>
    public int Channels { get; }

    /// <summary>Interleaved samples, nominally −1..1.</summary>
    public float[] Samples { get; }

    /// <summary>The format the file stored (or will store) the samples in.</summary>
    public WavSampleFormat Format { get; }

    /// <summary>How many frames there are.</summary>
    public int Frames => Samples.Length / Channels;

    /// <summary>The duration in seconds.</summary>
    public double Seconds => Frames / (double)SampleRate;

    /// <summary>The samples of one channel.</summary>
    public float[] Channel(int channel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(channel);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(channel, Channels);
        var samples = new float[Frames];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = Samples[(i * Channels) + channel];
        }

        return samples;
    }
}
