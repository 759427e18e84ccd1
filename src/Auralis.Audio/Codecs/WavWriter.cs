namespace Auralis.Audio.Codecs;

/// <summary>Writes RIFF/WAVE files: PCM 16-bit, PCM 24-bit or IEEE float32, any channel count and rate.</summary>
public static class WavWriter
{
    /// <summary>Writes <paramref name="audio"/> to <paramref name="stream"/> in <paramref name="format"/>.</summary>
    public static void Write(Stream stream, WavAudio audio, WavSampleFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(audio);
        var dataBytes = (long)audio.Samples.Length * WavSamples.BytesPerSample(format);
        WavHeader.Write(stream, audio.SampleRate, audio.Channels, format, dataBytes);
        var buffer = new byte[4096 * WavSamples.BytesPerSample(format)];
        for (var start = 0; start < audio.Samples.Length; start += 4096)
        {
            var count = Math.Min(4096, audio.Samples.Length - start);
            WavSamples.Encode(audio.Samples.AsSpan(start, count), format, buffer);
            stream.Write(buffer, 0, count * WavSamples.BytesPerSample(format));
        }

        if (dataBytes % 2 == 1)
        {
            stream.WriteByte(0);
        }
    }

    /// <summary>Writes <paramref name="audio"/> to the file at <paramref name="path"/>.</summary>
    public static void Write(string path, WavAudio audio, WavSampleFormat format)
    {
        using var file = File.Create(path);
        Write(file, audio, format);
    }
}
