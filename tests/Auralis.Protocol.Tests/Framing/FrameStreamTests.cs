using Auralis.Protocol.Framing;
using Auralis.Protocol.Json;
using Auralis.Protocol.Messages;

namespace Auralis.Protocol.Tests.Framing;

public class FrameStreamTests
{
    [Fact]
    public async Task Frames_written_to_a_stream_read_back_in_order_then_the_end_of_the_stream()
    {
        using var stream = new MemoryStream();
        var hello = ProtocolJson.Write(SampleMessages.Client["hello"]);
        var audio = Enumerable.Range(0, 1032).Select(i => (byte)i).ToArray();
        await FrameWriter.WriteFrameAsync(stream, FrameKind.Json, hello);
        await FrameWriter.WriteFrameAsync(stream, FrameKind.Audio, audio);
        stream.Position = 0;

        var first = await FrameReader.ReadFrameAsync(stream, FrameReader.DefaultMaxFrameLength);
        var second = await FrameReader.ReadFrameAsync(stream, FrameReader.DefaultMaxFrameLength);
        var end = await FrameReader.ReadFrameAsync(stream, FrameReader.DefaultMaxFrameLength);

        Assert.Equal(FrameReadStatus.Frame, first.Status);
        Assert.True(ProtocolJson.TryReadClientMessage(first.Frame.Payload.Span, out var message, out _));
        Assert.Equal(SampleMessages.Client["hello"], message);
        Assert.Equal(FrameKind.Audio, second.Frame.Kind);
        Assert.Equal(audio, second.Frame.Payload.ToArray());
        Assert.Equal(FrameReadStatus.EndOfStream, end.Status);
    }

    [Fact]
    public async Task A_stream_that_hands_out_one_byte_per_read_still_yields_whole_frames()
    {
        var bytes = FrameWriter.ToArray(FrameKind.Json, ProtocolJson.Write(new ClientMessages.Ping()));
        using var stream = new TrickleStream(bytes);

        var result = await FrameReader.ReadFrameAsync(stream, 64);

        Assert.Equal(FrameReadStatus.Frame, result.Status);
        Assert.Equal("""{"type":"ping"}"""u8.ToArray(), result.Frame.Payload.ToArray());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(6)]
    public async Task A_stream_that_ends_inside_a_frame_is_a_bad_frame(int keep)
    {
        var bytes = FrameWriter.ToArray(FrameKind.Json, """{"type":"ping"}"""u8);
        using var stream = new MemoryStream(bytes[..keep]);

        var result = await FrameReader.ReadFrameAsync(stream, 64);

        Assert.Equal(FrameReadStatus.Error, result.Status);
        Assert.Equal(ErrorCodes.BadFrame, result.Error!.Code);
        Assert.Equal("The stream ended inside a frame.", result.Error.Message);
    }

    [Fact]
    public async Task An_oversize_frame_is_refused_after_reading_only_its_length()
    {
        using var stream = new MemoryStream("GET / HTTP/1.1\r\n\r\n"u8.ToArray());

        var result = await FrameReader.ReadFrameAsync(stream, 1 << 20);

        Assert.Equal(ErrorCodes.TooLarge, result.Error!.Code);
        Assert.Contains("does not look like an Auralis frame", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(4, stream.Position);
    }

    [Fact]
    public async Task An_unknown_kind_read_from_a_stream_is_a_bad_frame()
    {
        using var stream = new MemoryStream([0, 0, 0, 2, 9, 0]);

        var result = await FrameReader.ReadFrameAsync(stream, 64);

        Assert.Equal(ErrorCodes.BadFrame, result.Error!.Code);
    }

    /// <summary>A stream that returns at most one byte per read, as a slow socket may.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);
    }
}
