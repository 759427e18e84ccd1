using System.Buffers.Binary;
using Auralis.Audio.Codecs;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Tests.Codecs;

public sealed class WavTests
{
    private static float[] Noise(int count, ulong seed, bool onPcm16Grid = false)
    {
        var random = new SeededRandom(seed);
        return Enumerable.Range(0, count)
            .Select(_ => onPcm16Grid ? random.NextInt(-32767, 32768) / 32767f : (random.NextSingle() * 2f) - 1f)
            .ToArray();
    }

    private static byte[] Encode(WavAudio audio, WavSampleFormat format)
    {
        using var stream = new MemoryStream();
        WavWriter.Write(stream, audio, format);
        return stream.ToArray();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Pcm16_round_trips_exactly_for_samples_on_its_grid(int channels)
    {
        var audio = new WavAudio(44_100, channels, Noise(2000 * channels, 1, onPcm16Grid: true));

        var decoded = WavReader.Parse(Encode(audio, WavSampleFormat.Pcm16));

        Assert.Equal(audio.Samples, decoded.Samples);
        Assert.Equal((44_100, channels, WavSampleFormat.Pcm16), (decoded.SampleRate, decoded.Channels, decoded.Format));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Pcm24_round_trips_within_one_step(int channels)
    {
        var audio = new WavAudio(48_000, channels, Noise(3000 * channels, 2));

        var decoded = WavReader.Parse(Encode(audio, WavSampleFormat.Pcm24));

        Assert.All(audio.Samples.Zip(decoded.Samples), pair => Assert.InRange(Math.Abs(pair.First - pair.Second), 0f, 1f / 8388607f));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Float32_round_trips_bit_for_bit(int channels)
    {
        var samples = Noise(1000 * channels, 3);
        samples[0] = 1.5f;
        samples[1] = -0f;
        var audio = new WavAudio(96_000, channels, samples);

        var decoded = WavReader.Parse(Encode(audio, WavSampleFormat.Float32));

        Assert.Equal(samples.Select(BitConverter.SingleToInt32Bits), decoded.Samples.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void The_header_follows_the_riff_layout_byte_for_byte()
    {
        var bytes = Encode(new WavAudio(48_000, 2, [0.5f, -0.5f, 1f, -1f]), WavSampleFormat.Pcm16);

        byte[] expected =
        [
            .. "RIFF"u8, 44, 0, 0, 0, .. "WAVE"u8, .. "fmt "u8, 16, 0, 0, 0,
            1, 0, 2, 0, 0x80, 0xBB, 0, 0, 0x00, 0xEE, 0x02, 0, 4, 0, 16, 0,
            .. "data"u8, 8, 0, 0, 0,
            0x00, 0x40, 0x00, 0xC0, 0xFF, 0x7F, 0x01, 0x80,
        ];
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void Unknown_and_odd_sized_chunks_are_skipped()
    {
        var plain = Encode(new WavAudio(22_050, 1, [0.25f, -0.25f]), WavSampleFormat.Pcm16);
        byte[] list = [.. "LIST"u8, 3, 0, 0, 0, 1, 2, 3, 0];
        var withList = plain[..36].Concat(list).Concat(plain[36..]).ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(withList.AsSpan(4), (uint)(withList.Length - 8));

        var decoded = WavReader.Parse(withList);

        Assert.Equal(WavReader.Parse(plain).Samples, decoded.Samples);
    }

    [Fact]
    public void The_streaming_writer_patches_the_sizes_when_it_closes()
    {
        var stream = new MemoryStream();
        using (var writer = new WavStreamWriter(stream, 48_000, 2, WavSampleFormat.Float32, ownsStream: false))
        {
            writer.Write([0.1f, 0.2f, 0.3f, 0.4f]);
            writer.Write([0.5f, 0.6f]);
        }

        var decoded = WavReader.Parse(stream.ToArray());

        Assert.Equal([0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f], decoded.Samples);
        Assert.Equal(3, decoded.Frames);
        Assert.Equal(stream.Length - 8, BinaryPrimitives.ReadUInt32LittleEndian(stream.ToArray().AsSpan(4)));
    }

    public static TheoryData<string, byte[], string> Malformed()
    {
        var good = Encode(new WavAudio(48_000, 2, [0.1f, 0.2f, 0.3f, 0.4f]), WavSampleFormat.Pcm16);
        byte[] With(Action<byte[]> change)
        {
            var copy = good.ToArray();
            change(copy);
            return copy;
        }

        return new TheoryData<string, byte[], string>
        {
            { "empty", [], "too short" },
            { "not RIFF", With(b => b[0] = (byte)'X'), "RIFF" },
            { "not WAVE", With(b => b[8] = (byte)'X'), "WAVE" },
            { "truncated data", good[..^3], "truncated" },
            { "cut inside a chunk header", good[..40], "chunk" },
            { "short fmt chunk", With(b => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(16), 8)), "fmt chunk" },
            { "zero channels", With(b => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(22), 0)), "channels" },
            { "12-bit", With(b => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(34), 12)), "12-bit" },
            { "mu-law", With(b => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(20), 7)), "Format code 7" },
            { "bad block align", With(b => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(32), 3)), "block align" },
            { "no data", good[..36], "no data chunk" },
            { "zero block align", With(b => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(32), 0)), "block align" },
            { "RIFF size hiding the chunks", With(b => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(4), 4)), "fmt chunk" },
        };
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_files_are_refused_with_what_and_where(string _, byte[] file, string expected)
    {
        var error = Assert.Throws<AudioFormatException>(() => WavReader.Parse(file));

        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("at byte", error.Message);
    }
}
