using System.Buffers.Binary;

namespace Auralis.Audio.Codecs;

/// <summary>Reads RIFF/WAVE files: PCM 16-bit, PCM 24-bit and IEEE float32 (plain or WAVE_FORMAT_EXTENSIBLE), 1–8 channels.</summary>
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

    private const ushort FormatPcm = 1;
    private const ushort FormatFloat = 3;
    private const ushort FormatExtensible = 0xFFFE;

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

        return Parse(memory.GetBuffer().AsSpan(0, (int)memory.Length));
    }

    /// <summary>Reads the WAV file at <paramref name="path"/>.</summary>
    public static WavAudio Read(string path)
    {
        using var file = File.OpenRead(path);
        return Read(file);
    }

    /// <summary>Decodes a whole WAV file held in memory.</summary>
    public static WavAudio Parse(ReadOnlySpan<byte> file)
    {
        if (file.Length < 12)
        {
            throw new AudioFormatException($"The file is {file.Length} bytes long, too short to be a WAV file", 0);
        }

        if (!file[..4].SequenceEqual("RIFF"u8))
        {
            throw new AudioFormatException("The file does not start with 'RIFF', so it is not a WAV file", 0);
        }

        if (!file[8..12].SequenceEqual("WAVE"u8))
        {
            throw new AudioFormatException("The RIFF file is not of type 'WAVE'", 8);
        }

        WavFormatChunk? format = null;
        var offset = 12;
        while (offset < file.Length)
        {
            if (file.Length - offset < 8)
            {
                throw new AudioFormatException("The file ends inside a chunk header", offset);
            }

            var id = file.Slice(offset, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(file[(offset + 4)..]);
            var body = offset + 8;
            if (size > (uint)(file.Length - body))
            {
                throw new AudioFormatException(
                    $"The '{System.Text.Encoding.ASCII.GetString(id)}' chunk claims {size} bytes but only {file.Length - body} remain (the file is truncated)", offset);
            }

            if (id.SequenceEqual("fmt "u8))
            {
                format = ReadFormat(file.Slice(body, (int)size), body);
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (format is null)
                {
                    throw new AudioFormatException("The data chunk comes before the fmt chunk", offset);
                }

                return Decode(format, file.Slice(body, (int)size), body);
            }

            offset = body + (int)size + (int)(size % 2);
        }

        throw new AudioFormatException(format is null ? "The file has no fmt chunk" : "The file has no data chunk", offset);
    }

    private static WavFormatChunk ReadFormat(ReadOnlySpan<byte> chunk, int offset)
    {
        if (chunk.Length < 16)
        {
            throw new AudioFormatException($"The fmt chunk is {chunk.Length} bytes long; it needs at least 16", offset);
        }

        var code = BinaryPrimitives.ReadUInt16LittleEndian(chunk);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(chunk[2..]);
        var sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
        var blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(chunk[12..]);
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(chunk[14..]);
        if (code == FormatExtensible)
        {
            if (chunk.Length < 40)
            {
                throw new AudioFormatException($"The extensible fmt chunk is {chunk.Length} bytes long; it needs 40", offset);
            }

            code = BinaryPrimitives.ReadUInt16LittleEndian(chunk[24..]);
        }

        if (channels is 0 or > 8)
        {
            throw new AudioFormatException($"The file declares {channels} channels; Auralis reads 1 to 8", offset + 2);
        }

        if (sampleRate is 0 or > 384_000)
        {
            throw new AudioFormatException($"The file declares a sample rate of {sampleRate} Hz", offset + 4);
        }

        var sampleFormat = (code, bits) switch
        {
            (FormatPcm, 16) => WavSampleFormat.Pcm16,
            (FormatPcm, 24) => WavSampleFormat.Pcm24,
            (FormatFloat, 32) => WavSampleFormat.Float32,
            (FormatPcm or FormatFloat, _) => throw new AudioFormatException(
                $"{bits}-bit {(code == FormatPcm ? "PCM" : "float")} is not supported; Auralis reads 16- and 24-bit PCM and 32-bit float", offset + 14),
            _ => throw new AudioFormatException($"Format code {code} is not supported; Auralis reads PCM (1) and IEEE float (3)", offset),
        };

        if (blockAlign != channels * WavSamples.BytesPerSample(sampleFormat))
        {
            throw new AudioFormatException($"The block align {blockAlign} does not match {channels} channels of {bits} bits", offset + 12);
        }

        return new WavFormatChunk((int)sampleRate, channels, sampleFormat, blockAlign);
    }

    private static WavAudio Decode(WavFormatChunk format, ReadOnlySpan<byte> data, int offset)
    {
        if (data.Length % format.BlockAlign != 0)
        {
            throw new AudioFormatException($"The data chunk's {data.Length} bytes are not a whole number of {format.BlockAlign}-byte frames", offset);
        }

        var samples = new float[data.Length / WavSamples.BytesPerSample(format.Format)];
        WavSamples.Decode(data, format.Format, samples);
        return new WavAudio(format.SampleRate, format.Channels, samples, format.Format);
    }

    private sealed record WavFormatChunk(int SampleRate, int Channels, WavSampleFormat Format, int BlockAlign);
}
