using System.Buffers.Binary;
using System.Diagnostics;
using Auralis.Audio.Codecs;

namespace Auralis.Audio.Tests.Codecs;

public sealed class WavHeaderTests
{
    /// <summary>A fact that needs sox's soxi; skipped, saying so, where it is missing.</summary>
    public sealed class SoxFactAttribute : FactAttribute
    {
        public const string Soxi = "/usr/bin/soxi";

        public SoxFactAttribute()
        {
            if (!File.Exists(Soxi))
            {
                Skip = $"sox is not installed ({Soxi}): apt-get install sox";
            }
        }
    }

    private static byte[] FloatFile(int frames)
    {
        using var stream = new MemoryStream();
        WavWriter.Write(stream, new WavAudio(48_000, 2, new float[frames * 2]), WavSampleFormat.Float32);
        return stream.ToArray();
    }

    [Fact]
    public void A_float_file_carries_the_float_tag_its_cb_size_and_a_fact_chunk_with_the_frame_count()
    {
        var file = FloatFile(1_000);

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
        Assert.Equal(new float[2_000], WavReader.Parse(file).Samples);
    }

    [Fact]
    public void A_streamed_float_file_patches_the_same_header()
    {
        using var stream = new MemoryStream();
        using (var writer = new WavStreamWriter(stream, 48_000, 2, WavSampleFormat.Float32, ownsStream: false))
        {
            writer.Write(new float[2_000]);
        }

        Assert.Equal(FloatFile(1_000), stream.ToArray());
    }

    [SoxFact]
    public void Soxi_reads_a_float_file_without_a_warning()
    {
        var path = Path.Combine(Path.GetTempPath(), $"auralis-float-{Guid.NewGuid():N}.wav");
        try
        {
            File.WriteAllBytes(path, FloatFile(4_800));
            var start = new ProcessStartInfo(SoxFactAttribute.Soxi) { ArgumentList = { path }, RedirectStandardError = true, RedirectStandardOutput = true };
            using var soxi = Process.Start(start)!;
            var output = soxi.StandardOutput.ReadToEndAsync();
            var warnings = soxi.StandardError.ReadToEnd();
            soxi.WaitForExit();

            Assert.Equal(0, soxi.ExitCode);
            Assert.Equal(string.Empty, warnings.Trim());
            Assert.Contains("32-bit Floating Point PCM", output.Result);
            Assert.Contains("4800 samples", output.Result);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
