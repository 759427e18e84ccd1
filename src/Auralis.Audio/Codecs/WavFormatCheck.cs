using System.Buffers.Binary;
using NAudio.Wave;

namespace Auralis.Audio.Codecs;

/// <summary>Checks the format NAudio read from a fmt chunk against what Auralis decodes, naming the field and its byte.</summary>
internal static class WavFormatCheck
{
    // In WAVE_FORMAT_EXTENSIBLE the sub-format GUID starts with the plain format code, 6 bytes into the extra data.
    private const int SubFormatCodeAt = 6;

    /// <summary>The sample format of <paramref name="format"/>, or an <see cref="AudioFormatException"/> saying why Auralis does not read it.</summary>
    public static WavSampleFormat SampleFormat(WaveFormat format, WavFileLayout.Chunks chunks)
    {
        var offset = chunks.FormatOffset;
        var encoding = format.Encoding;
        if (encoding == WaveFormatEncoding.Extensible)
        {
            if (chunks.FormatLength < 40 || format is not WaveFormatExtraData { ExtraData: var extra } || extra.Length < SubFormatCodeAt + 2)
            {
                throw new AudioFormatException($"The extensible fmt chunk is {chunks.FormatLength} bytes long; it needs 40", offset);
            }

            encoding = (WaveFormatEncoding)BinaryPrimitives.ReadUInt16LittleEndian(extra.AsSpan(SubFormatCodeAt));
        }

        if (format.Channels is <= 0 or > 8)
        {
            throw new AudioFormatException($"The file declares {format.Channels} channels; Auralis reads 1 to 8", offset + 2);
        }

        if (format.SampleRate is <= 0 or > 384_000)
        {
            throw new AudioFormatException($"The file declares a sample rate of {(uint)format.SampleRate} Hz", offset + 4);
        }

        var bits = format.BitsPerSample;
        var sampleFormat = (encoding, bits) switch
        {
            (WaveFormatEncoding.Pcm, 16) => WavSampleFormat.Pcm16,
            (WaveFormatEncoding.Pcm, 24) => WavSampleFormat.Pcm24,
            (WaveFormatEncoding.IeeeFloat, 32) => WavSampleFormat.Float32,
            (WaveFormatEncoding.Pcm or WaveFormatEncoding.IeeeFloat, _) => throw new AudioFormatException(
                $"{bits}-bit {(encoding == WaveFormatEncoding.Pcm ? "PCM" : "float")} is not supported; Auralis reads 16- and 24-bit PCM and 32-bit float", offset + 14),
            _ => throw new AudioFormatException($"Format code {(int)encoding} is not supported; Auralis reads PCM (1) and IEEE float (3)", offset),
        };

        if (format.BlockAlign != format.Channels * WavSamples.BytesPerSample(sampleFormat))
        {
            throw new AudioFormatException($"The block align {format.BlockAlign} does not match {format.Channels} channels of {bits} bits", offset + 12);
        }

        return sampleFormat;
    }
}
