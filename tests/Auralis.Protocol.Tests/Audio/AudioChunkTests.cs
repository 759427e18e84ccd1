using Auralis.Protocol.Audio;

namespace Auralis.Protocol.Tests.Audio;

public class AudioChunkTests
{
    [Fact]
    public void A_pcm16_chunk_is_the_little_endian_frame_index_then_little_endian_samples()
    {
        var payload = new byte[AudioChunk.PayloadLength(AudioFormat.Pcm16, 2)];

        var written = AudioChunk.Encode(AudioFormat.Pcm16, 0x0102030405060708UL, [1f, -1f, 0f, 0.5f], payload);

        Assert.Equal(16, written);
        Assert.Equal(new byte[] { 8, 7, 6, 5, 4, 3, 2, 1, 0xFF, 0x7F, 0x01, 0x80, 0x00, 0x00, 0x00, 0x40 }, payload);
    }

    [Fact]
    public void A_float32_chunk_carries_ieee_754_little_endian_samples()
    {
        var payload = new byte[AudioChunk.PayloadLength(AudioFormat.F32, 1)];

        AudioChunk.Encode(AudioFormat.F32, 1, [1f, -2f], payload);

        Assert.Equal(new byte[] { 1, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x00, 0xC0 }, payload);
    }

    [Fact]
    public void Float32_round_trips_bit_for_bit_even_for_odd_values()
    {
        float[] samples = [0.25f, -0f, float.Epsilon, -float.Epsilon, 1e-40f, 3.4e38f, -7.5f, BitConverter.Int32BitsToSingle(0x7FC0_1234), 1f, -1f];
        var payload = new byte[AudioChunk.PayloadLength(AudioFormat.F32, samples.Length / 2)];
        var decoded = new float[samples.Length];

        AudioChunk.Encode(AudioFormat.F32, 42, samples, payload);
        Assert.True(AudioChunk.TryDecode(AudioFormat.F32, payload, decoded, out var firstFrame, out var frameCount, out _));

        Assert.Equal(42UL, firstFrame);
        Assert.Equal(5, frameCount);
        Assert.Equal(samples.Select(BitConverter.SingleToInt32Bits), decoded.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void Pcm16_round_trips_within_one_step_of_32767()
    {
        var random = new XorShift(16);
        var samples = new float[2 * 4096];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = random.Signed(1f);
        }

        var payload = new byte[AudioChunk.PayloadLength(AudioFormat.Pcm16, 4096)];
        var decoded = new float[samples.Length];
        AudioChunk.Encode(AudioFormat.Pcm16, 0, samples, payload);
        AudioChunk.TryDecode(AudioFormat.Pcm16, payload, decoded, out _, out _, out _);

        var worst = samples.Zip(decoded, (a, b) => Math.Abs(a - b)).Max();
        Assert.InRange(worst, 0f, 1f / 32767f);
        // Rounding to nearest, not truncating: the worst error is about half a step.
        Assert.InRange(worst, 0f, 0.5001f / 32767f);
    }

    [Theory]
    [InlineData(1f, 32767)]
    [InlineData(-1f, -32767)]
    [InlineData(2f, 32767)]
    [InlineData(-2f, -32767)]
    [InlineData(float.PositiveInfinity, 32767)]
    [InlineData(float.NegativeInfinity, -32767)]
    [InlineData(float.NaN, 0)]
    [InlineData(0.5f, 16384)]
    [InlineData(2.4f / 32767f, 2)]
    [InlineData(2.6f / 32767f, 3)]
    [InlineData(-2.6f / 32767f, -3)]
    public void Pcm16_clamps_scales_by_32767_and_rounds_to_nearest(float sample, short expected) =>
        Assert.Equal(expected, AudioChunk.ToPcm16(sample));

    [Theory]
    [InlineData(0UL)]
    [InlineData(48_000UL * 60 * 60 * 24 * 365)]
    [InlineData(ulong.MaxValue)]
    public void The_first_frame_index_is_preserved(ulong firstFrame)
    {
        foreach (var format in new[] { AudioFormat.Pcm16, AudioFormat.F32 })
        {
            var payload = new byte[AudioChunk.PayloadLength(format, 128)];
            AudioChunk.Encode(format, firstFrame, new float[256], payload);

            Assert.True(AudioChunk.TryReadHeader(format, payload, out var read, out var frames, out _));
            Assert.Equal(firstFrame, read);
            Assert.Equal(128, frames);
        }
    }

    [Theory]
    [InlineData(AudioFormat.Pcm16, 0)]
    [InlineData(AudioFormat.Pcm16, 7)]
    [InlineData(AudioFormat.Pcm16, 8)]
    [InlineData(AudioFormat.Pcm16, 8 + 2)]
    [InlineData(AudioFormat.Pcm16, 8 + 6)]
    [InlineData(AudioFormat.F32, 8 + 4)]
    [InlineData(AudioFormat.F32, 8 + 12)]
    public void A_payload_that_is_not_an_index_and_whole_frames_is_a_bad_frame(AudioFormat format, int length)
    {
        var ok = AudioChunk.TryDecode(format, new byte[length], new float[64], out _, out _, out var error);

        Assert.False(ok);
        Assert.Equal(ErrorCodes.BadFrame, error!.Code);
        Assert.Contains($"An audio chunk of {length} bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoding_refuses_an_odd_number_of_samples_a_short_destination_and_no_audio()
    {
        var buffer = new byte[64];

        var odd = Assert.Throws<ArgumentException>(() => AudioChunk.Encode(AudioFormat.F32, 0, new float[3], buffer));
        var shortDestination = Assert.Throws<ArgumentException>(() => AudioChunk.Encode(AudioFormat.F32, 0, new float[16], buffer));
        Assert.Throws<ArgumentOutOfRangeException>(() => AudioChunk.Encode(AudioFormat.None, 0, new float[2], buffer));

        Assert.Contains("even number of samples", odd.Message, StringComparison.Ordinal);
        Assert.Contains("needs 72 bytes", shortDestination.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decoding_into_too_small_a_buffer_is_refused()
    {
        var payload = new byte[AudioChunk.PayloadLength(AudioFormat.Pcm16, 4)];

        Assert.Throws<ArgumentException>(() => AudioChunk.TryDecode(AudioFormat.Pcm16, payload, new float[7], out _, out _, out _));
    }

    [Fact]
    public void Encoding_and_decoding_allocate_nothing()
    {
        var samples = new float[2 * 128];
        var payload = new byte[AudioChunk.PayloadLength(AudioFormat.F32, 128)];
        var decoded = new float[samples.Length];
        RoundTripBoth(samples, payload, decoded, 0);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var block = 1; block <= 200; block++)
        {
            RoundTripBoth(samples, payload, decoded, (ulong)block * 128);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void The_wire_words_of_the_formats_map_both_ways()
    {
        Assert.Equal(["pcm16", "f32", "none", "opus"], Enum.GetValues<AudioFormat>().Select(f => f.ToWord()));
        Assert.True(AudioFormats.TryParse("f32", out var format));
        Assert.Equal(AudioFormat.F32, format);
        Assert.False(AudioFormats.TryParse("F32", out _));
        Assert.False(AudioFormats.TryParse(null, out _));
    }

    private static void RoundTripBoth(float[] samples, byte[] payload, float[] decoded, ulong firstFrame)
    {
        var f32 = AudioChunk.Encode(AudioFormat.F32, firstFrame, samples, payload);
        AudioChunk.TryDecode(AudioFormat.F32, payload.AsSpan(0, f32), decoded, out _, out _, out _);
        var pcm16 = AudioChunk.Encode(AudioFormat.Pcm16, firstFrame, samples, payload);
        AudioChunk.TryDecode(AudioFormat.Pcm16, payload.AsSpan(0, pcm16), decoded, out _, out _, out _);
    }
}
