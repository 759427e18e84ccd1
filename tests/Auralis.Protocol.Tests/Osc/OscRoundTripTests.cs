using Auralis.Protocol.Osc;

namespace Auralis.Protocol.Tests.Osc;

public class OscRoundTripTests
{
    [Fact]
    public void Thousands_of_generated_messages_read_back_equal_to_what_was_written()
    {
        var generator = new OscGenerator(0x05C1);
        for (var i = 0; i < 5000; i++)
        {
            AssertRoundTrip(generator.Message());
        }
    }

    [Fact]
    public void Thousands_of_generated_bundles_nested_up_to_the_depth_limit_read_back_equal()
    {
        var generator = new OscGenerator(0xB0D1E);
        var deepest = 0;
        for (var i = 0; i < 3000; i++)
        {
            var bundle = generator.Bundle(OscLimits.DefaultMaxDepth);
            deepest = Math.Max(deepest, Depth(bundle));
            AssertRoundTrip(bundle);
        }

        Assert.True(deepest >= 5, $"the generator only nested {deepest} deep");
    }

    [Fact]
    public void Every_argument_type_survives_the_trip_in_one_message()
    {
        var message = new OscMessage("/all/types", 1, 2.5f, "three", new OscArgument.Blob([4, 4, 4]), 5L, 6.25, true, false,
            new OscArgument.Nil(), new OscArgument.Impulse(), OscTimeTag.Immediately, new OscArgument.Char('é'), new OscMidi(0, 0x90, 60, 100),
            float.NaN, double.NegativeInfinity, new OscArgument.Blob([]), "");

        Assert.Equal(",ifsbhdTFNItcmfdbs", message.TypeTags);
        AssertRoundTrip(message);
    }

    [Fact]
    public void The_size_the_writer_predicts_is_the_size_it_writes_in_every_way_it_writes()
    {
        var generator = new OscGenerator(99);
        for (var i = 0; i < 500; i++)
        {
            var packet = generator.Packet(4);
            var bytes = OscWriter.ToArray(packet);
            Assert.Equal(OscWriter.GetSize(packet), bytes.Length);
            Assert.Equal(0, bytes.Length % 4);

            var buffer = new byte[bytes.Length + 8];
            Assert.Equal(bytes.Length, OscWriter.Write(packet, buffer));
            Assert.Equal(bytes, buffer[..bytes.Length]);
            Assert.False(OscWriter.TryWrite(packet, buffer.AsSpan(0, bytes.Length - 1), out var none));
            Assert.Equal(0, none);

            using var rented = OscWriter.Rent(packet);
            Assert.Equal(bytes, rented.Memory.ToArray());
        }
    }

    [Fact]
    public void A_pooled_packet_refuses_use_after_it_was_given_back()
    {
        var rented = OscWriter.Rent(new OscMessage("/x"));
        rented.Dispose();
        rented.Dispose();

        Assert.Throws<ObjectDisposedException>(() => rented.Memory);
    }

    [Fact]
    public void A_bundle_lists_its_messages_with_the_time_of_the_innermost_bundle_holding_each()
    {
        var later = new OscTimeTag(5UL << 32);
        var bundle = new OscBundle(OscTimeTag.Immediately, new OscMessage("/a"), new OscBundle(later, new OscMessage("/b")), new OscMessage("/c"));

        Assert.Equal(
            [(OscTimeTag.Immediately, "/a"), (later, "/b"), (OscTimeTag.Immediately, "/c")],
            bundle.Messages().Select(m => (m.Time, m.Message.Address)).ToArray());
    }

    [Fact]
    public void A_message_refuses_an_address_without_a_slash_and_a_string_with_a_nul()
    {
        Assert.Throws<ArgumentException>(() => new OscMessage("foo"));
        Assert.Throws<ArgumentException>(() => new OscMessage("/with space"));
        Assert.Throws<ArgumentException>(() => new OscArgument.String("a\0b"));
    }

    private static void AssertRoundTrip(OscPacket packet)
    {
        var bytes = OscWriter.ToArray(packet);
        Assert.True(OscReader.TryRead(bytes, out var read, out var error), $"{error} for {packet}");
        Assert.Equal(packet, read);
        Assert.Equal(bytes, OscWriter.ToArray(read));
    }

    private static int Depth(OscPacket packet) => packet is OscBundle bundle ? 1 + bundle.Elements.Select(Depth).DefaultIfEmpty(0).Max() : 0;
}
