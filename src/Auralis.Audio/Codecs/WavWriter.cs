namespace Auralis.Audio.Codecs;

/// <summary>Writes whole RIFF/WAVE files through NAudio: PCM 16-bit, PCM 24-bit or IEEE float32, any channel count and rate.</summary>
public static class WavWriter
{
    private const int SamplesPerWrite = 4096;

    /// <summary>Writes <paramref name="audio"/> to <paramref name="stream"/> (writable, seekable, at its start) in <paramref name="format"/>.</summary>
    public static void Write(Stream stream, WavAudio audio, WavSampleFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(audio);
        using var writer = new WavStreamWriter(stream, audio.SampleRate, audio.Channels, format, ownsStream: false);
        var step = SamplesPerWrite - (SamplesPerWrite % audio.Channels);
        for (var start = 0; start < audio.Samples.Length; start += step)
        {
            writer.Write(audio.Samples.AsSpan(start, Math.Min(step, audio.Samples.Length - start)));
        }
    }

    /// <summary>Writes <paramref name="audio"/> to the file at <paramref name="path"/>.</summary>
    public static void Write(string path, WavAudio audio, WavSampleFormat format)
    {
        using var file = File.Create(path);
        Write(file, audio, format);
    }
}
