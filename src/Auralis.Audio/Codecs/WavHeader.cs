using System.Buffers.Binary;

namespace Auralis.Audio.Codecs;

/// <summary>The 44-byte canonical WAV header: RIFF, a 16-byte fmt chunk, and the data chunk's header.</summary>
internal static class WavHeader
{
    public const int Size = 44;
    private const ushort FormatPcm = 1;
    private const ushort FormatFloat = 3;

    public static void Write(Stream stream, int sampleRate, int channels, WavSampleFormat format, long dataBytes)
    {
        Span<byte> header = stackalloc byte[Size];
        Fill(header, sampleRate, channels, format, dataBytes);
        stream.Write(header);
    }

    public static void Fill(Span<byte> header, int sampleRate, int channels, WavSampleFormat format, long dataBytes)
    {
        var bytesPerSample = WavSamples.BytesPerSample(format);
        var padded = dataBytes + (dataBytes % 2);
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)Math.Min(uint.MaxValue, 36 + padded));
        "WAVE"u8.CopyTo(header[8..]);
        "fmt "u8.CopyTo(header[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(header[20..], format == WavSampleFormat.Float32 ? FormatFloat : FormatPcm);
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], (uint)(sampleRate * channels * bytesPerSample));
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], (ushort)(channels * bytesPerSample));
        BinaryPrimitives.WriteUInt16LittleEndian(header[34..], (ushort)(bytesPerSample * 8));
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[40..], (uint)Math.Min(uint.MaxValue, dataBytes));
    }
}
