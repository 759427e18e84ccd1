using System.Buffers.Binary;
using Auralis.Audio.Codecs;

namespace Auralis.Audio.Tests.Codecs;

public sealed class WavHeaderTests
{
    private const string Soxi = "/usr/bin/soxi";
    private const string Ffprobe = "/usr/bin/ffprobe";

    private static byte[] File(int frames, WavSampleFormat format, int channels = 2)
    {
        using var stream = new MemoryStream();
        var samples = Enumerable.Range(0, frames * channels).Select(i => (float)Math.Sin(i * 0.01) * 0.5f).ToArray();
        WavWriter.Write(stream, new WavAudio(48_000, channels, samples), format);
        return stream.ToArray();
    }

    [Fact]
    public void A_float_file_carries_the_float_tag_its_cb_size_and_a_fact_chunk_with_the_frame_count()
    {
        var file = File(1_000, WavSampleFormat.Float32);

        Assert.Equal(58 + 8_000, file.Length);
        Assert.Equal(58 - 8 + 8_000, (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4)));
        Assert.Equal(18, (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(16)));
        Assert.Equal(3, BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(20)));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(36)));
        Assert.Equal("fact"u8.ToArray(), file[38..42]);
        Assert.Equal(1_000, (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(46)));
        Assert.Equal("data"u8.ToArray(), file[50..54]);
        Assert.Equal(8_000, (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(54)));
        Assert.Equal(WavForwardWriter.FileBytes(2, WavSampleFormat.Float32, 1_000), file.Length);
        Assert.Equal(WavForwardWriter.Header(48_000, 2, WavSampleFormat.Float32, 1_000), file[..58]);
    }

    [Theory]
    [InlineData(WavSampleFormat.Pcm16, 2)]
    [InlineData(WavSampleFormat.Pcm24, 3)]
    public void A_pcm_file_has_the_canonical_44_byte_header(WavSampleFormat format, int bytesPerSample)
    {
        var file = File(1_000, format);

        Assert.Equal(44 + (2_000 * bytesPerSample), file.Length);
        Assert.Equal(16, (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(16)));
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(20)));
        Assert.Equal(bytesPerSample * 8, BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(34)));
        Assert.Equal("data"u8.ToArray(), file[36..40]);
        Assert.Equal(2_000 * bytesPerSample, (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(40)));
        Assert.Equal(WavForwardWriter.Header(48_000, 2, format, 1_000), file[..44]);
    }

    [Fact]
    public void An_odd_sized_data_chunk_is_padded_and_the_riff_size_counts_the_pad()
    {
        var file = File(3, WavSampleFormat.Pcm24, channels: 1);

        Assert.Equal(44 + 9 + 1, file.Length);
        Assert.Equal(44 - 8 + 10, (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4)));
        Assert.Equal(9, (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(40)));
        Assert.Equal(WavForwardWriter.FileBytes(1, WavSampleFormat.Pcm24, 3), file.Length);
        Assert.Equal(3, WavReader.Parse(file).Frames);
    }

    [Theory]
    [InlineData(WavSampleFormat.Pcm16)]
    [InlineData(WavSampleFormat.Pcm24)]
    [InlineData(WavSampleFormat.Float32)]
    public void A_streamed_file_patches_the_same_header_as_a_whole_file(WavSampleFormat format)
    {
        var whole = File(1_000, format);
        using var stream = new MemoryStream();
        using (var writer = new WavStreamWriter(stream, 48_000, 2, format, ownsStream: false))
        {
            var samples = WavReader.Parse(whole).Samples;
            writer.Write(samples.AsSpan(0, 256));
            writer.Write(samples.AsSpan(256));
        }

        Assert.Equal(whole, stream.ToArray());
    }

    [Fact]
    public void A_stream_not_at_its_start_is_refused_with_where_it_is()
    {
        using var stream = new MemoryStream();
        stream.Write(new byte[10]);

        var refused = Assert.Throws<ArgumentException>(() => new WavStreamWriter(stream, 48_000, 2, WavSampleFormat.Pcm16, ownsStream: false));

        Assert.Contains("byte 10", refused.Message);
    }

    [ExternalToolTheory(Soxi, "sox")]
    [InlineData(WavSampleFormat.Pcm16, "16-bit Signed Integer PCM")]
    [InlineData(WavSampleFormat.Pcm24, "24-bit Signed Integer PCM")]
    [InlineData(WavSampleFormat.Float32, "32-bit Floating Point PCM")]
    public void Soxi_reads_each_format_without_a_warning(WavSampleFormat format, string encoding)
    {
        var (exitCode, output, warnings) = ExternalTool.OnTemporaryFile(File(4_800, format), ".wav", path => ExternalTool.Run(Soxi, path));

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, warnings.Trim());
        Assert.Contains(encoding, output);
        Assert.Contains("4800 samples", output);
        Assert.Contains("Channels       : 2", output);
    }

    [ExternalToolTheory(Ffprobe, "ffmpeg")]
    [InlineData(WavSampleFormat.Pcm16, "pcm_s16le")]
    [InlineData(WavSampleFormat.Pcm24, "pcm_s24le")]
    [InlineData(WavSampleFormat.Float32, "pcm_f32le")]
    public void Ffprobe_reads_each_format_with_its_codec_rate_channels_and_length(WavSampleFormat format, string codec)
    {
        var (exitCode, output, errors) = ExternalTool.OnTemporaryFile(File(4_800, format), ".wav", path => ExternalTool.Run(
            Ffprobe, "-v", "error", "-show_entries", "stream=codec_name,sample_rate,channels,duration_ts", "-of", "default=noprint_wrappers=1", path));

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, errors.Trim());
        Assert.Contains($"codec_name={codec}", output);
        Assert.Contains("sample_rate=48000", output);
        Assert.Contains("channels=2", output);
        Assert.Contains("duration_ts=4800", output);
    }
}
