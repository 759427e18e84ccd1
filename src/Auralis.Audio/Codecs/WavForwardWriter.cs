namespace Auralis.Audio.Codecs;

/// <summary>Encodes a WAV whose length is known before its first sample, for a forward-only stream such as an HTTP response.</summary>
/// <remarks>
/// <see cref="WavStreamWriter"/> patches its header once the length is known, so it needs a seekable stream; here the header
/// is complete from the start and the samples follow block by block, so nothing is held back and memory does not grow.
/// </remarks>
public static class WavForwardWriter
{
    /// <summary>The size of the header <see cref="Header"/> writes for <paramref name="format"/>.</summary>
    public static int HeaderBytes(WavSampleFormat format) => WavHeader.SizeOf(format);

    /// <summary>The bytes a file of <paramref name="frames"/> frames takes, header and padding included.</summary>
    public static long FileBytes(int channels, WavSampleFormat format, long frames)
    {
        var data = frames * channels * WavSamples.BytesPerSample(format);
        return HeaderBytes(format) + data + (data % 2);
    }

    /// <summary>The header of a file of <paramref name="frames"/> frames.</summary>
    public static byte[] Header(int sampleRate, int channels, WavSampleFormat format, long frames)
    {
        var header = new byte[HeaderBytes(format)];
        WavHeader.Fill(header, sampleRate, channels, format, frames * channels * WavSamples.BytesPerSample(format));
        return header;
    }

    /// <summary>The bytes <paramref name="samples"/> take in <paramref name="format"/>.</summary>
    public static int BytesOf(int samples, WavSampleFormat format) => samples * WavSamples.BytesPerSample(format);

    /// <summary>Encodes interleaved <paramref name="samples"/> into <paramref name="destination"/> (at least <see cref="BytesOf"/> bytes).</summary>
    public static void Encode(ReadOnlySpan<float> samples, WavSampleFormat format, Span<byte> destination) => WavSamples.Encode(samples, format, destination);
}
