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

    /// <summary>
    /// Scales, rounds to nearest (midpoints to even) and clamps to the integer formats, NaN to silence; float is stored as it
    /// is. One loop per format, so the format is not asked again for every sample.
    /// </summary>
    public static void Encode(ReadOnlySpan<float> samples, WavSampleFormat format, Span<byte> destination)
    {
        switch (format)
        {
            case WavSampleFormat.Pcm16:
                for (var i = 0; i < samples.Length; i++)
                {
                    BinaryPrimitives.WriteInt16LittleEndian(destination[(i * 2)..], (short)Math.Round(Clamped(samples[i]) * 32767.0));
                }

                break;
            case WavSampleFormat.Pcm24:
                for (var i = 0; i < samples.Length; i++)
                {
                    var value = (int)Math.Round(Clamped(samples[i]) * 8388607.0);
                    var target = destination.Slice(i * 3, 3);
                    target[0] = (byte)value;
                    target[1] = (byte)(value >> 8);
                    target[2] = (byte)(value >> 16);
                }

                break;
            default:
                for (var i = 0; i < samples.Length; i++)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(destination[(i * 4)..], samples[i]);
                }

                break;
        }
    }

    private static float Clamped(float sample) => float.IsNaN(sample) ? 0f : Math.Clamp(sample, -1f, 1f);

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
