using Auralis.Protocol.Osc;

namespace Auralis.Protocol.Tests.Osc;

/// <summary>Bytes written out by hand from the OSC 1.0 specification's examples and its layout rules.</summary>
public class OscGoldenBytesTests
{
    [Fact]
    public void The_spec_example_oscillator_frequency_440_is_written_byte_for_byte()
    {
        byte[] expected =
        [
            0x2f, 0x6f, 0x73, 0x63, 0x69, 0x6c, 0x6c, 0x61, 0x74, 0x6f, 0x72, 0x2f, // "/oscillator/"
            0x34, 0x2f, 0x66, 0x72, 0x65, 0x71, 0x75, 0x65, 0x6e, 0x63, 0x79, 0x00, // "4/frequency" NUL
            0x2c, 0x66, 0x00, 0x00, // ",f" NUL NUL
            0x43, 0xdc, 0x00, 0x00, // 440.0f
        ];

        AssertGolden(new OscMessage("/oscillator/4/frequency", 440.0f), expected);
    }

    [Fact]
    public void The_spec_example_foo_iisff_is_written_byte_for_byte()
    {
        byte[] expected =
        [
            0x2f, 0x66, 0x6f, 0x6f, 0x00, 0x00, 0x00, 0x00, // "/foo" and four NULs: a string always ends with one
            0x2c, 0x69, 0x69, 0x73, 0x66, 0x66, 0x00, 0x00, // ",iisff"
            0x00, 0x00, 0x03, 0xe8, // 1000
            0xff, 0xff, 0xff, 0xff, // -1
            0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x00, 0x00, 0x00, // "hello"
            0x3f, 0x9d, 0xf3, 0xb6, // 1.234f
            0x40, 0xb5, 0xb2, 0x2d, // 5.678f
        ];

        AssertGolden(new OscMessage("/foo", 1000, -1, "hello", 1.234f, 5.678f), expected);
    }

    [Fact]
    public void A_bundle_is_its_header_its_timetag_then_each_element_after_its_int32_size()
    {
        byte[] expected =
        [
            0x23, 0x62, 0x75, 0x6e, 0x64, 0x6c, 0x65, 0x00, // "#bundle" NUL
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, // timetag 1: immediately
            0x00, 0x00, 0x00, 0x08, // the element's size
            0x2f, 0x61, 0x00, 0x00, 0x2c, 0x00, 0x00, 0x00, // "/a" ","
        ];

        AssertGolden(new OscBundle(OscTimeTag.Immediately, new OscMessage("/a")), expected);
    }

    [Fact]
    public void A_blob_is_its_size_then_its_bytes_padded_with_nuls_and_tag_only_types_take_no_bytes()
    {
        byte[] expected =
        [
            0x2f, 0x62, 0x00, 0x00, // "/b"
            0x2c, 0x62, 0x54, 0x46, 0x4e, 0x49, 0x68, 0x00, // ",bTFNIh"
            0x00, 0x00, 0x00, 0x05, 0x01, 0x02, 0x03, 0x04, 0x05, 0x00, 0x00, 0x00, // blob of 5
            0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // long.MinValue
        ];

        AssertGolden(new OscMessage("/b", new OscArgument.Blob([1, 2, 3, 4, 5]), true, false, new OscArgument.Nil(), new OscArgument.Impulse(),
            long.MinValue), expected);
    }

    [Fact]
    public void Chars_midi_doubles_and_timetags_are_big_endian()
    {
        byte[] expected =
        [
            0x2f, 0x63, 0x00, 0x00, 0x2c, 0x63, 0x6d, 0x64, 0x74, 0x00, 0x00, 0x00, // "/c" ",cmdt"
            0x00, 0x00, 0x00, 0x41, // 'A'
            0x01, 0x90, 0x3c, 0x64, // port 1, note on, 60, 100
            0x3f, 0xf0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // 1.0
            0x83, 0xaa, 0x7e, 0x80, 0x80, 0x00, 0x00, 0x00, // 1970-01-01 00:00:00.5 UTC
        ];

        AssertGolden(new OscMessage("/c", new OscArgument.Char('A'), new OscMidi(1, 0x90, 60, 100), 1.0,
            OscTimeTag.FromDateTimeOffset(DateTimeOffset.UnixEpoch.AddMilliseconds(500))), expected);
    }

    private static void AssertGolden(OscPacket packet, byte[] expected)
    {
        Assert.Equal(expected, OscWriter.ToArray(packet));
        Assert.True(OscReader.TryRead(expected, out var read, out var error), error?.ToString());
        Assert.Equal(packet, read);
    }
}
