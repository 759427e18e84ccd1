using Auralis.Protocol.Audio;

namespace Auralis.Protocol.Tests.Audio;

public sealed class OpusChunkTests
{
    [Fact]
    public void A_chunk_carries_its_first_frame_and_its_packet_unchanged()
    {
        byte[] packet = [0xFC, 0x01, 0x02, 0x03];

        var payload = OpusChunk.Write(48_000UL * 3600, packet);

        Assert.Equal(8 + packet.Length, payload.Length);
        Assert.True(OpusChunk.TryRead(payload, out var first, out var read, out var error), error?.Message);
        Assert.Equal(48_000UL * 3600, first);
        Assert.Equal(packet, read.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(8 + OpusChunk.MaxPacketBytes + 1)]
    public void A_chunk_without_a_packet_or_with_too_large_a_one_is_a_bad_frame(int length)
    {
        Assert.False(OpusChunk.TryRead(new byte[length], out _, out _, out var error));
        Assert.Equal(ErrorCodes.BadFrame, error!.Code);
    }

    [Fact]
    public void Opus_is_a_wire_word_and_carries_no_pcm_samples()
    {
        Assert.True(AudioFormats.TryParse("opus", out var format));
        Assert.Equal(AudioFormat.Opus, format);
        Assert.Throws<ArgumentOutOfRangeException>(() => AudioChunk.BytesPerFrame(AudioFormat.Opus));
    }
}
