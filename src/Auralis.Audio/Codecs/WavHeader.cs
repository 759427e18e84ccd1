using System.Buffers.Binary;

namespace Auralis.Audio.Codecs;

/// <summary>
/// The WAV header Auralis writes: the canonical 44 bytes (RIFF, a 16-byte fmt chunk, the data chunk's header) for PCM;
/// for IEEE float, the 18-byte fmt chunk of a non-PCM format (its cbSize, 0) and the fact chunk with the frame count
/// that every non-PCM WAV must carry: 58 bytes, the header sox itself writes and reads without a warning.
/// </summary>
/// <remarks>
/// sox (14.4) warns "wave header missing extended part of fmt chunk" for a float WAV with a 16-byte fmt chunk, with no
/// fact chunk, and also for WAVE_FORMAT_EXTENSIBLE; the plain float tag with cbSize and fact is the one it takes silently,
/// and ffmpeg, libsndfile and NAudio read it as well.
/// </remarks>
internal static class WavHeader
{
    private const int PcmSize = 44;
    private const int FloatSize = 58;
    private const ushort FormatPcm = 1;
    private const ushort FormatFloat = 3;

    /// <summary>The header's size for <paramref name="format"/>.</summary>
    public static int SizeOf(WavSampleFormat format) => format == WavSampleFormat.Float32 ? FloatSize : PcmSize;

    public static void Write(Stream stream, int sampleRate, int channels, WavSampleFormat format, long dataBytes)
    {
        Span<byte> header = stackalloc byte[SizeOf(format)];
        Fill(header, sampleRate, channels, format, dataBytes);
        stream.Write(header);
    }

    public static void Fill(Span<byte> header, int sampleRate, int channels, WavSampleFormat format, long dataBytes)
    {
        var size = SizeOf(format);
        var bytesPerSample = WavSamples.BytesPerSample(format);
        var padded = dataBytes + (dataBytes % 2);
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)Math.Min(uint.MaxValue, size - 8 + padded));
        "WAVE"u8.CopyTo(header[8..]);
        "fmt "u8.CopyTo(header[12..]);
        var isFloat = format == WavSampleFormat.Float32;
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], isFloat ? 18u : 16u);
        BinaryPrimitives.WriteUInt16LittleEndian(header[20..], isFloat ? FormatFloat : FormatPcm);
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], (uint)(sampleRate * channels * bytesPerSample));
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], (ushort)(channels * bytesPerSample));
        BinaryPrimitives.WriteUInt16LittleEndian(header[34..], (ushort)(bytesPerSample * 8));
        var data = header[36..];
        if (isFloat)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[36..], 0);
            "fact"u8.CopyTo(header[38..]);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], 4);
            BinaryPrimitives.WriteUInt32LittleEndian(header[46..], (uint)Math.Min(uint.MaxValue, dataBytes / (channels * bytesPerSample)));
            data = header[50..];
        }

        "data"u8.CopyTo(data);
        BinaryPrimitives.WriteUInt32LittleEndian(data[4..], (uint)Math.Min(uint.MaxValue, dataBytes));
    }
}
