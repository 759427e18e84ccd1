using System.Buffers.Binary;

namespace Auralis.Audio.Codecs;

/// <summary>Converts samples between floats and the WAV formats' little-endian bytes.</summary>
internal static class WavSamples
{
    public static int BytesPerSample(WavSampleFormat format) => format switch
    {
        WavSampleFormat.Pcm16 => 2,
        WavSampleFormat.Pcm24 => 3,
        _ => 4,
    };

    public static void Encode(ReadOnlySpan<float> samples, WavSampleFormat format, Span<byte> destination)
    {
        var size = BytesPerSample(format);
        for (var i = 0; i < samples.Length; i++)
        {
            var target = destination.Slice(i * size, size);
            var sample = float.IsNaN(samples[i]) ? 0f : samples[i];
            switch (format)
            {
                case WavSampleFormat.Pcm16:
                    BinaryPrimitives.WriteInt16LittleEndian(target, (short)Math.Round(Math.Clamp(sample, -1f, 1f) * 32767.0));
                    break;
                case WavSampleFormat.Pcm24:
                    var value = (int)Math.Round(Math.Clamp(sample, -1f, 1f) * 8388607.0);
                    target[0] = (byte)value;
                    target[1] = (byte)(value >> 8);
                    target[2] = (byte)(value >> 16);
                    break;
                default:
                    BinaryPrimitives.WriteSingleLittleEndian(target, samples[i]);
                    break;
            }
        }
    }

    public static void Decode(ReadOnlySpan<byte> source, WavSampleFormat format, Span<float> destination)
    {
        var size = BytesPerSample(format);
        for (var i = 0; i < destination.Length; i++)
        {
            var bytes = source.Slice(i * size, size);
            destination[i] = format switch
            {
                WavSampleFormat.Pcm16 => BinaryPrimitives.ReadInt16LittleEndian(bytes) / 32767f,
                WavSampleFormat.Pcm24 => ((bytes[0] | (bytes[1] << 8) | (bytes[2] << 16)) << 8 >> 8) / 8388607f,
                _ => BinaryPrimitives.ReadSingleLittleEndian(bytes),
            };
        }
    }
}
