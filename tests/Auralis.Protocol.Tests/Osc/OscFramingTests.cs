using Auralis.Protocol.Osc;

namespace Auralis.Protocol.Tests.Osc;

public class OscFramingTests
{
    private static readonly byte[][] Packets =
    [
        OscWriter.ToArray(new OscMessage("/auralis/demo/param/tempo", 120.0f)),
        OscWriter.ToArray(new OscMessage("/blob", new OscArgument.Blob([0xC0, 0xDB, 0xDC, 0xDD, 0xC0, 0xC0, 0xDB]))),
        OscWriter.ToArray(new OscBundle(OscTimeTag.Immediately, new OscMessage("/auralis/demo/transport/play"))),
        OscWriter.ToArray(new OscMessage("/auralis/demo/price", BitConverter.Int32BitsToSingle(unchecked((int)0xC0DBC0DB)))),
    ];

    [Fact]
    public void A_length_prefix_is_the_packets_size_as_a_big_endian_int32()
    {
        Assert.Equal(new byte[] { 0, 0, 0, 8, 0x2f, 0x61, 0, 0, 0x2c, 0, 0, 0 }, OscLengthPrefix.ToArray(OscWriter.ToArray(new OscMessage("/a"))));
    }

    [Fact]
    public void Slip_escapes_end_and_esc_and_puts_an_end_on_both_sides()
    {
        Assert.Equal(new byte[] { 0xC0, 0x01, 0xDB, 0xDC, 0xDB, 0xDD, 0x02, 0xC0 }, OscSlip.ToArray([0x01, 0xC0, 0xDB, 0x02]));
        Assert.Equal(8, OscSlip.EncodedLength([0x01, 0xC0, 0xDB, 0x02]));
    }

    [Fact]
    public void Length_prefixed_packets_split_at_every_byte_boundary_come_out_whole()
    {
        var stream = Packets.SelectMany(p => OscLengthPrefix.ToArray(p)).ToArray();
        for (var split = 0; split <= stream.Length; split++)
        {
            Assert.Equal(Packets, ReadAll(new OscLengthPrefixDecoder(), [stream[..split], stream[split..]]));
        }

        Assert.Equal(Packets, ReadAll(new OscLengthPrefixDecoder(), stream.Select(b => new[] { b }).ToArray()));
    }

    [Fact]
    public void Slip_packets_split_at_every_byte_boundary_come_out_whole()
    {
        var stream = Packets.SelectMany(p => OscSlip.ToArray(p)).ToArray();
        for (var split = 0; split <= stream.Length; split++)
        {
            Assert.Equal(Packets, ReadAll(new OscSlipDecoder(), [stream[..split], stream[split..]]));
        }

        Assert.Equal(Packets, ReadAll(new OscSlipDecoder(), stream.Select(b => new[] { b }).ToArray()));
    }

    [Fact]
    public void Slip_split_at_every_pair_of_boundaries_still_comes_out_whole()
    {
        var stream = Packets.Take(2).SelectMany(p => OscSlip.ToArray(p)).ToArray();
        for (var first = 0; first <= stream.Length; first++)
        {
            for (var second = first; second <= stream.Length; second++)
            {
                Assert.Equal(Packets.Take(2), ReadAll(new OscSlipDecoder(), [stream[..first], stream[first..second], stream[second..]]));
            }
        }
    }

    [Fact]
    public void A_slip_packet_larger_than_the_decoders_first_buffer_grows_it_and_comes_out_whole()
    {
        var blob = Enumerable.Range(0, 5000).Select(i => (byte)(i * 31)).ToArray();
        var packet = OscWriter.ToArray(new OscMessage("/big", new OscArgument.Blob(blob)));
        var stream = OscSlip.ToArray(packet);

        Assert.Equal([packet], ReadAll(new OscSlipDecoder(), stream.Chunk(7).ToArray()));
    }

    [Fact]
    public void Slip_with_a_single_end_between_packets_as_rfc_1055_writes_it_also_decodes()
    {
        byte[] stream = [0x01, 0x02, 0xC0, 0x03, 0xC0, 0xC0, 0xC0];

        Assert.Equal([[0x01, 0x02], [0x03]], ReadAll(new OscSlipDecoder(), [stream]));
    }

    [Fact]
    public void A_length_over_the_limit_faults_the_decoder_from_its_four_bytes_without_allocating_the_packet()
    {
        var decoder = new OscLengthPrefixDecoder(maxPacketSize: 1024);
        ReadOnlySpan<byte> prefix = [0x7F, 0xFF, 0xFF, 0xF0];

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ok = decoder.TryRead(ref prefix, out _, out var error);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.False(ok);
        Assert.Equal(OscErrorCodes.TooLarge, error!.Code);
        Assert.InRange(allocated, 0, 4096);
        ReadOnlySpan<byte> more = OscLengthPrefix.ToArray(Packets[0]);
        Assert.False(decoder.TryRead(ref more, out _, out var again));
        Assert.Same(error, again);
    }

    [Fact]
    public void A_negative_length_is_too_large_and_a_length_at_the_limit_is_accepted()
    {
        ReadOnlySpan<byte> negative = [0xFF, 0xFF, 0xFF, 0xFF];
        Assert.False(new OscLengthPrefixDecoder().TryRead(ref negative, out _, out var error));
        Assert.Equal(OscErrorCodes.TooLarge, error!.Code);

        ReadOnlySpan<byte> atLimit = OscLengthPrefix.ToArray(new byte[64]);
        Assert.True(new OscLengthPrefixDecoder(maxPacketSize: 64).TryRead(ref atLimit, out var packet, out _));
        Assert.Equal(64, packet.Length);
    }

    [Fact]
    public void A_zero_length_is_handed_out_as_an_empty_packet_which_the_reader_refuses_as_empty()
    {
        ReadOnlySpan<byte> input = [0, 0, 0, 0];
        Assert.True(new OscLengthPrefixDecoder().TryRead(ref input, out var packet, out _));

        Assert.False(OscReader.TryRead(packet, out _, out var error));
        Assert.Equal(OscErrorCodes.Empty, error.Code);
    }

    [Fact]
    public void A_decoder_knows_when_a_connection_would_be_cut_mid_packet()
    {
        var lengthPrefix = new OscLengthPrefixDecoder();
        ReadOnlySpan<byte> part = OscLengthPrefix.ToArray(Packets[0]).AsSpan(0, 6);
        Assert.False(lengthPrefix.TryRead(ref part, out _, out _));
        Assert.True(lengthPrefix.HasPartialPacket);

        var slip = new OscSlipDecoder();
        ReadOnlySpan<byte> slipPart = OscSlip.ToArray(Packets[0]).AsSpan(0, 6);
        Assert.False(slip.TryRead(ref slipPart, out _, out _));
        Assert.True(slip.HasPartialPacket);
    }

    [Fact]
    public void A_slip_packet_over_the_limit_is_dropped_up_to_the_next_end_and_decoding_goes_on()
    {
        var decoder = new OscSlipDecoder(maxPacketSize: 16);
        byte[] stream = [.. OscSlip.ToArray(new byte[17]), .. OscSlip.ToArray(Packets[0][..16])];

        var (packets, errors) = ReadAllWithErrors(decoder, [stream]);

        Assert.Equal([OscErrorCodes.TooLarge], errors);
        Assert.Equal([Packets[0][..16]], packets);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0x01, 0xDB, 0x02, 0x03, 0xC0 })]
    [InlineData(new byte[] { 0xC0, 0x01, 0xDB, 0xC0 })]
    public void A_bad_slip_escape_drops_only_its_own_packet(byte[] bad)
    {
        byte[] stream = [.. bad, .. OscSlip.ToArray(Packets[2])];

        var (packets, errors) = ReadAllWithErrors(new OscSlipDecoder(), [stream]);

        Assert.Equal([OscErrorCodes.BadEscape], errors);
        Assert.Equal([Packets[2]], packets);
    }

    [Fact]
    public void Random_bytes_never_make_either_decoder_throw()
    {
        var random = new XorShift(0x5119);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Below(200)];
            for (var b = 0; b < bytes.Length; b++)
            {
                bytes[b] = random.Below(3) == 0 ? (new byte[] { 0xC0, 0xDB, 0xDC, 0xDD, 0 })[random.Below(5)] : random.Byte();
            }

            ReadAllWithErrors(new OscSlipDecoder(maxPacketSize: 1 + random.Below(64)), [bytes]);
            var decoder = new OscLengthPrefixDecoder(maxPacketSize: 1 + random.Below(64));
            ReadOnlySpan<byte> input = bytes;
            while (decoder.TryRead(ref input, out _, out _))
            {
            }
        }
    }

    private static List<byte[]> ReadAll(OscLengthPrefixDecoder decoder, byte[][] pieces)
    {
        var packets = new List<byte[]>();
        foreach (var piece in pieces)
        {
            ReadOnlySpan<byte> input = piece;
            ProtocolError? error;
            while (decoder.TryRead(ref input, out var packet, out error))
            {
                packets.Add(packet);
            }

            Assert.Null(error);
            Assert.True(input.IsEmpty);
        }

        Assert.False(decoder.HasPartialPacket);
        return packets;
    }

    private static List<byte[]> ReadAll(OscSlipDecoder decoder, byte[][] pieces)
    {
        var (packets, errors) = ReadAllWithErrors(decoder, pieces);
        Assert.Empty(errors);
        Assert.False(decoder.HasPartialPacket);
        return packets;
    }

    private static (List<byte[]> Packets, List<string> Errors) ReadAllWithErrors(OscSlipDecoder decoder, byte[][] pieces)
    {
        var packets = new List<byte[]>();
        var errors = new List<string>();
        foreach (var piece in pieces)
        {
            ReadOnlySpan<byte> input = piece;
            while (!input.IsEmpty)
            {
                if (decoder.TryRead(ref input, out var packet, out var error))
                {
                    packets.Add(packet);
                }
                else if (error is not null)
                {
                    errors.Add(error.Code);
                }
            }
        }

        return (packets, errors);
    }
}
