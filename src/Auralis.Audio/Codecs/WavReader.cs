using NAudio.Wave;

namespace Auralis.Audio.Codecs;

/// <summary>Reads RIFF/WAVE files through NAudio's <see cref="WaveFileReader"/>: PCM 16-bit, PCM 24-bit and IEEE float32 (plain or WAVE_FORMAT_EXTENSIBLE), 1–8 channels.</summary>
/// <remarks>
/// Unknown chunks (LIST, fact, cue …) are skipped, odd-sized chunks are padded as RIFF requires, and the whole file is
/// checked before anything is returned: a file that is not RIFF/WAVE, is cut short, declares a format Auralis does not
/// read, or whose data chunk claims more bytes than the file holds is refused with an <see cref="AudioFormatException"/>
/// that says what is wrong and at which byte.
/// </remarks>
public static class WavReader
{
    /// <summary>The largest file the reader accepts, so a lying size cannot exhaust memory.</summary>
    public const long MaxBytes = 1L << 30;

    private const int FramesPerRead = 4096;

    /// <summary>Reads a WAV file from <paramref name="stream"/>.</summary>
    public static WavAudio Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var memory = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > MaxBytes)
            {
                throw new AudioFormatException($"The file is larger than the {MaxBytes >> 20} MiB a WAV may have here", memory.Length);
            }

            memory.Write(buffer, 0, read);
        }

        return Parse(memory.GetBuffer(), (int)memory.Length);
    }

    /// <summary>Reads the WAV file at <paramref name="path"/>.</summary>
    public static WavAudio Read(string path)
    {
        using var file = File.OpenRead(path);
        return Read(file);
    }

    /// <summary>Decodes a whole WAV file held in memory.</summary>
    public static WavAudio Parse(ReadOnlySpan<byte> file) => Parse(file.ToArray(), file.Length);

    private static WavAudio Parse(byte[] file, int length)
    {
        var chunks = WavFileLayout.Check(file.AsSpan(0, length));
        using var stream = new MemoryStream(file, 0, length, writable: false);
        WaveFileReader reader;
        try
        {
            reader = new WaveFileReader(stream);
        }
        catch (Exception error) when (error is FormatException or InvalidDataException or EndOfStreamException)
        {
            throw new AudioFormatException($"NAudio refuses the file: {error.Message}", chunks.FormatOffset);
        }

        using (reader)
        {
            var format = WavFormatCheck.SampleFormat(reader.WaveFormat, chunks);
            if (chunks.DataLength % reader.WaveFormat.BlockAlign != 0)
            {
                throw new AudioFormatException(
                    $"The data chunk's {chunks.DataLength} bytes are not a whole number of {reader.WaveFormat.BlockAlign}-byte frames", chunks.DataOffset);
            }

            return Decode(reader, format);
        }
    }

    private static WavAudio Decode(WaveFileReader reader, WavSampleFormat format)
    {
        var bytesPerSample = WavSamples.BytesPerSample(format);
        var samples = new float[reader.Length / bytesPerSample];
        var block = new byte[FramesPerRead * reader.WaveFormat.BlockAlign];
        var decoded = 0;
        int read;
        while ((read = reader.Read(block, 0, block.Length)) > 0)
        {
            WavSamples.Decode(block.AsSpan(0, read), format, samples.AsSpan(decoded, read / bytesPerSample));
            decoded += read / bytesPerSample;
        }

        return new WavAudio(reader.WaveFormat.SampleRate, reader.WaveFormat.Channels, samples, format);
    }
}
