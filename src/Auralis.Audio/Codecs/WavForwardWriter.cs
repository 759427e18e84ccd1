using NAudio.Wave;

namespace Auralis.Audio.Codecs;

/// <summary>Encodes a WAV whose length is known before its first sample, for a forward-only stream such as an HTTP response.</summary>
/// <remarks>
/// <see cref="WavStreamWriter"/> lets NAudio patch the header once the length is known, so it needs a seekable stream. Here
/// NAudio's <see cref="WaveFileWriter"/> writes the finished header ahead, into a stream that keeps the header and only
/// counts the data it is told of; the samples then follow block by block, so nothing is held back and memory does not grow.
/// </remarks>
public static class WavForwardWriter
{
    // What the header's writer is told the data is: its bytes are counted, never kept.
    private static readonly byte[] Unkept = new byte[1 << 20];

    /// <summary>The size of the header <see cref="Header"/> writes for <paramref name="format"/>.</summary>
    public static int HeaderBytes(WavSampleFormat format) => Header(48_000, 1, format, 0).Length;

    /// <summary>The bytes a file of <paramref name="frames"/> frames takes, header and padding included.</summary>
    public static long FileBytes(int channels, WavSampleFormat format, long frames)
    {
        var data = frames * channels * WavSamples.BytesPerSample(format);
        return HeaderBytes(format) + data + (data % 2);
    }

    /// <summary>The header of a file of <paramref name="frames"/> frames, as NAudio writes it.</summary>
    public static byte[] Header(int sampleRate, int channels, WavSampleFormat format, long frames)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frames);
        var header = new WavHeaderStream();
        using (var writer = new WaveFileWriter(header, WavFormats.Of(sampleRate, channels, format)))
        {
            writer.Write(ReadOnlySpan<byte>.Empty);
            header.HeaderLength = (int)header.Position;
            for (var left = frames * channels * WavSamples.BytesPerSample(format); left > 0; left -= Unkept.Length)
            {
                writer.Write(Unkept.AsSpan(0, (int)Math.Min(left, Unkept.Length)));
            }
        }

        return header.Header();
    }

    /// <summary>The bytes <paramref name="samples"/> take in <paramref name="format"/>.</summary>
    public static int BytesOf(int samples, WavSampleFormat format) => samples * WavSamples.BytesPerSample(format);

    /// <summary>Encodes interleaved <paramref name="samples"/> into <paramref name="destination"/> (at least <see cref="BytesOf"/> bytes).</summary>
    public static void Encode(ReadOnlySpan<float> samples, WavSampleFormat format, Span<byte> destination) => WavSamples.Encode(samples, format, destination);
}
