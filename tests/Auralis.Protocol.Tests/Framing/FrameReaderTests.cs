using System.Text;
using Auralis.Protocol.Framing;

namespace Auralis.Protocol.Tests.Framing;

public class FrameReaderTests
{
    private static readonly (FrameKind Kind, byte[] Payload)[] Expected =
    [
        (FrameKind.Json, """{"type":"hello","session":"demo","audio":"pcm16"}"""u8.ToArray()),
        (FrameKind.Audio, Enumerable.Range(0, 300).Select(i => (byte)(i * 7)).ToArray()),
        (FrameKind.Json, []),
        (FrameKind.Json, """{"type":"ping"}"""u8.ToArray()),
    ];

    private static byte[] Stream => [.. Expected.SelectMany(f => FrameWriter.ToArray(f.Kind, f.Payload))];

    [Fact]
    public void A_frame_is_its_big_endian_length_then_its_kind_then_its_payload()
    {
        Assert.Equal(new byte[] { 0, 0, 0, 3, 1, (byte)'{', (byte)'}' }, FrameWriter.ToArray(FrameKind.Json, "{}"u8));
        Assert.Equal(new byte[] { 0, 0, 1, 1, 2 }, FrameWriter.ToArray(FrameKind.Audio, new byte[256])[..5]);
    }

    [Fact]
    public void Several_frames_in_one_buffer_come_out_in_order()
    {
        var frames = ReadAll(new FrameReader(), [Stream]);

        AssertExpected(frames);
    }

    [Fact]
    public void Frames_split_at_every_byte_boundary_come_out_whole()
    {
        var stream = Stream;
        for (var split = 0; split <= stream.Length; split++)
        {
            var frames = ReadAll(new FrameReader(), [stream[..split], stream[split..]]);

            AssertExpected(frames);
        }
    }

    [Fact]
    public void Frames_fed_one_byte_at_a_time_come_out_whole()
    {
        var pieces = Stream.Select(b => new[] { b }).ToArray();

        AssertExpected(ReadAll(new FrameReader(), pieces));
    }

    [Fact]
    public void A_reader_knows_when_a_connection_would_be_cut_mid_frame()
    {
        var reader = new FrameReader();
        var frame = FrameWriter.ToArray(FrameKind.Json, """{"type":"ping"}"""u8);

        ReadOnlySpan<byte> first = frame.AsSpan(0, 7);
        Assert.False(reader.TryRead(ref first, out _, out var error));
        Assert.Null(error);
        Assert.True(reader.HasPartialFrame);

        ReadOnlySpan<byte> rest = frame.AsSpan(7);
        Assert.True(reader.TryRead(ref rest, out _, out _));
        Assert.False(reader.HasPartialFrame);
    }

    [Fact]
    public void A_length_at_the_limit_is_accepted_and_one_more_is_too_large()
    {
        ReadOnlySpan<byte> atLimit = FrameWriter.ToArray(FrameKind.Audio, new byte[99]);
        Assert.True(new FrameReader(maxFrameLength: 100).TryRead(ref atLimit, out var frame, out _));
        Assert.Equal(99, frame.Payload.Length);

        ReadOnlySpan<byte> overLimit = FrameWriter.ToArray(FrameKind.Audio, new byte[100]);
        Assert.False(new FrameReader(maxFrameLength: 100).TryRead(ref overLimit, out _, out var error));
        Assert.Equal(ErrorCodes.TooLarge, error!.Code);
        Assert.Equal("A frame of 101 bytes exceeds the limit of 100 bytes.", error.Message);
    }

    [Fact]
    public void An_oversize_length_is_refused_from_its_four_bytes_without_allocating_the_payload()
    {
        var reader = new FrameReader(maxFrameLength: 1024);
        ReadOnlySpan<byte> header = [0x7F, 0xFF, 0xFF, 0xF0];

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ok = reader.TryRead(ref header, out _, out var error);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.False(ok);
        Assert.Equal(ErrorCodes.TooLarge, error!.Code);
        Assert.InRange(allocated, 0, 4096);
    }

    [Fact]
    public void An_http_request_sent_to_the_tcp_port_is_refused_as_not_an_auralis_frame()
    {
        var reader = new FrameReader();
        ReadOnlySpan<byte> request = "GET / HTTP/1.1\r\nHost: 127.0.0.1:7400\r\n\r\n"u8;

        Assert.False(reader.TryRead(ref request, out _, out var error));

        Assert.Equal(ErrorCodes.TooLarge, error!.Code);
        Assert.Contains("1195725856 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("'GET '", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not look like an Auralis frame", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_length_is_a_bad_frame()
    {
        ReadOnlySpan<byte> input = [0, 0, 0, 0, 1];

        Assert.False(new FrameReader().TryRead(ref input, out _, out var error));

        Assert.Equal(ErrorCodes.BadFrame, error!.Code);
        Assert.Contains("length is 0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(0x7B)]
    [InlineData(255)]
    public void An_unknown_kind_is_a_bad_frame_refused_before_the_payload_is_allocated(byte kind)
    {
        var reader = new FrameReader();
        ReadOnlySpan<byte> input = [0, 0x0F, 0xFF, 0xFF, kind];

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.False(reader.TryRead(ref input, out _, out var error));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 4096);

        Assert.Equal(ErrorCodes.BadFrame, error!.Code);
        Assert.Contains($"Frame kind {kind} is unknown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_faulted_reader_answers_the_same_error_even_to_valid_frames()
    {
        var reader = new FrameReader();
        ReadOnlySpan<byte> garbage = "HELLO\n"u8;
        reader.TryRead(ref garbage, out _, out var first);

        ReadOnlySpan<byte> valid = FrameWriter.ToArray(FrameKind.Json, """{"type":"ping"}"""u8);
        Assert.False(reader.TryRead(ref valid, out _, out var second));

        Assert.Same(first, second);
        Assert.Same(first, reader.Fault);
    }

    [Fact]
    public void Each_frame_owns_its_payload()
    {
        var reader = new FrameReader();
        ReadOnlySpan<byte> input = [.. FrameWriter.ToArray(FrameKind.Json, "ab"u8), .. FrameWriter.ToArray(FrameKind.Json, "cd"u8)];

        reader.TryRead(ref input, out var first, out _);
        reader.TryRead(ref input, out var second, out _);

        Assert.Equal("ab", Encoding.ASCII.GetString(first.Payload.Span));
        Assert.Equal("cd", Encoding.ASCII.GetString(second.Payload.Span));
    }

    [Fact]
    public void Random_bytes_in_random_pieces_never_make_the_reader_throw()
    {
        var random = new XorShift(0xF4A3E);
        for (var run = 0; run < 500; run++)
        {
            var reader = new FrameReader(maxFrameLength: 4096);
            var bytes = new byte[random.Below(200)];
            for (var i = 0; i < bytes.Length; i++)
            {
                // Mostly small lengths and valid kinds, so that many runs get past the header.
                bytes[i] = random.Below(3) == 0 ? random.Byte() : (byte)random.Below(3);
            }

            var rest = bytes.AsSpan();
            while (!rest.IsEmpty)
            {
                var take = Math.Min(rest.Length, 1 + random.Below(16));
                ReadOnlySpan<byte> piece = rest[..take];
                rest = rest[take..];
                while (reader.TryRead(ref piece, out var frame, out _))
                {
                    Assert.True(frame.Kind is FrameKind.Json or FrameKind.Audio);
                }
            }

            Assert.True(reader.Fault is null || reader.Fault.Code is ErrorCodes.TooLarge or ErrorCodes.BadFrame);
        }
    }

    [Fact]
    public void A_limit_below_one_byte_is_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => new FrameReader(0));

    [Fact]
    public void A_header_of_an_unknown_kind_is_refused_by_the_writer() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FrameWriter.ToArray((FrameKind)7, "{}"u8));

    private static List<Frame> ReadAll(FrameReader reader, byte[][] pieces)
    {
        var frames = new List<Frame>();
        foreach (var piece in pieces)
        {
            ReadOnlySpan<byte> input = piece;
            while (reader.TryRead(ref input, out var frame, out var error))
            {
                frames.Add(frame);
            }

            Assert.Null(reader.Fault);
            Assert.True(input.IsEmpty);
        }

        return frames;
    }

    private static void AssertExpected(List<Frame> frames)
    {
        Assert.Equal(Expected.Length, frames.Count);
        for (var i = 0; i < Expected.Length; i++)
        {
            Assert.Equal(Expected[i].Kind, frames[i].Kind);
            Assert.Equal(Expected[i].Payload, frames[i].Payload.ToArray());
        }
    }
}
