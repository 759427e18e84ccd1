using Auralis.Protocol.Osc;
using static Auralis.Protocol.Tests.Osc.OscBytes;

namespace Auralis.Protocol.Tests.Osc;

/// <summary>A corpus of broken packets, each refused with the reason a node would count it under, and none making the reader throw.</summary>
public class OscMalformedPacketTests
{
    private static readonly byte[] Foo = OscWriter.ToArray(new OscMessage("/foo", 1000, -1, "hello", 1.234f, 5.678f));

    public static TheoryData<string, byte[], string> Corpus => new()
    {
        { "no bytes", [], OscErrorCodes.Empty },
        { "a length not a multiple of 4", Text("/foo\0"), OscErrorCodes.Misaligned },
        { "an address whose padding holds the type tags", Text("/foo\0,i\0\0\0\0\0"), OscErrorCodes.Misaligned },
        { "a string argument padded with a letter", Text("/a\0\0,s\0\0ab\0x"), OscErrorCodes.Misaligned },
        { "a blob padded with a non-NUL", Concat(Text("/a\0\0,b\0\0"), Int(1), [7, 0, 0, 1]), OscErrorCodes.Misaligned },
        { "an address without its NUL", Text("/foo"), OscErrorCodes.NotAString },
        { "a type tag string without its NUL", Text("/foo\0\0\0\0,iii"), OscErrorCodes.NotAString },
        { "a string argument without its NUL", Text("/foo\0\0\0\0,s\0\0abcd"), OscErrorCodes.NotAString },
        { "a string argument that is not UTF-8", Text("/a\0\0,s\0\0\xff\xfe\0\0"), OscErrorCodes.NotAString },
        { "an address not starting with a slash", Text("foo\0,\0\0\0"), OscErrorCodes.BadAddress },
        { "an address of NULs", Text("\0\0\0\0,\0\0\0"), OscErrorCodes.BadAddress },
        { "an address with a space", Text("/a b\0\0\0\0,\0\0\0"), OscErrorCodes.BadAddress },
        { "an address with a byte outside ASCII", Text("/a\xe9\0,\0\0\0"), OscErrorCodes.BadAddress },
        { "an address with a control character", Text("/a\n\0,\0\0\0"), OscErrorCodes.BadAddress },
        { "a missing type tag string", Text("/foo\0\0\0\0"), OscErrorCodes.BadTypeTag },
        { "a type tag string without its comma", Concat(Text("/foo\0\0\0\0i\0\0\0"), Int(1)), OscErrorCodes.BadTypeTag },
        { "an unknown type tag", Concat(Text("/foo\0\0\0\0,x\0\0"), Int(1)), OscErrorCodes.UnknownType },
        { "an array, which this codec does not read", Concat(Text("/foo\0\0\0\0,[i]"), Text("\0\0\0\0"), Int(1)), OscErrorCodes.UnknownType },
        { "an int32 with no bytes", Text("/a\0\0,i\0\0"), OscErrorCodes.Truncated },
        { "a double with half its bytes", Concat(Text("/a\0\0,d\0\0"), Int(1)), OscErrorCodes.Truncated },
        { "a blob with no size", Text("/a\0\0,b\0\0"), OscErrorCodes.Truncated },
        { "a blob with a negative size", Concat(Text("/a\0\0,b\0\0"), Int(-4), Int(0)), OscErrorCodes.LyingSize },
        { "a blob with a huge size", Concat(Text("/a\0\0,b\0\0"), Int(int.MaxValue), Int(0)), OscErrorCodes.LyingSize },
        { "a blob with a size past the end", Concat(Text("/a\0\0,b\0\0"), Int(8), Int(0)), OscErrorCodes.LyingSize },
        { "a char beyond U+FFFF", Concat(Text("/a\0\0,c\0\0"), Int(0x1F3B5)), OscErrorCodes.BadValue },
        { "a negative char", Concat(Text("/a\0\0,c\0\0"), Int(-1)), OscErrorCodes.BadValue },
        { "bytes after the last argument", Concat(Text("/a\0\0,i\0\0"), Int(1), Int(2)), OscErrorCodes.TrailingBytes },
        { "a message of no arguments followed by bytes", Text("/a\0\0,\0\0\0\0\0\0\0"), OscErrorCodes.TrailingBytes },
        { "a misspelt bundle header", Concat(Text("#bundlX\0"), new byte[8]), OscErrorCodes.BadBundle },
        { "a short bundle header that is not one", Text("#foo"), OscErrorCodes.BadBundle },
        { "half a bundle header", Text("#bun"), OscErrorCodes.Truncated },
        { "a bundle without its timetag", Text("#bundle\0"), OscErrorCodes.Truncated },
        { "a bundle with half its timetag", Text("#bundle\0\0\0\0\0"), OscErrorCodes.Truncated },
        { "a bundle element with a negative size", Concat(Bundle(), Int(-8), Text("/a\0\0,\0\0\0")), OscErrorCodes.LyingSize },
        { "a bundle element with a huge size", Concat(Bundle(), Int(int.MaxValue), Text("/a\0\0,\0\0\0")), OscErrorCodes.LyingSize },
        { "a bundle element with a size past the end", Concat(Bundle(), Int(12), Text("/a\0\0,\0\0\0")), OscErrorCodes.LyingSize },
        { "a bundle element too small for its message", Concat(Bundle(), Int(4), Text("/a\0\0,\0\0\0")), OscErrorCodes.BadTypeTag },
        { "a bundle element whose size is not a multiple of 4", Concat(Bundle(), Int(5), Text("/a\0\0,\0\0\0")), OscErrorCodes.Misaligned },
        { "a bundle element of zero bytes", Concat(Bundle(), Int(0)), OscErrorCodes.Empty },
        { "a bundle element that is a bad message", Bundle(Text("a\0\0\0,\0\0\0")), OscErrorCodes.BadAddress },
        { "a bundle element nested in a bundle that is a bad message", Bundle(Bundle(Text("/a\0\0,q\0\0"))), OscErrorCodes.UnknownType },
        { "nine bundles inside one another", Nested(9), OscErrorCodes.TooDeep },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Each_broken_packet_gets_its_reason_code(string why, byte[] bytes, string expected)
    {
        var ok = OscReader.TryRead(bytes, out var packet, out var error);

        Assert.False(ok, $"{why} was accepted as {packet}");
        Assert.Equal(expected, error!.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Bundles_nested_up_to_the_limit_are_accepted_and_the_limit_is_a_parameter()
    {
        Assert.True(OscReader.TryRead(Nested(OscLimits.DefaultMaxDepth), out _, out _));
        Assert.False(OscReader.TryRead(Nested(3), new OscLimits(maxDepth: 2), out _, out var error));
        Assert.Equal(OscErrorCodes.TooDeep, error.Code);
        Assert.False(OscReader.TryRead(Nested(1), new OscLimits(maxDepth: 0), out _, out var none));
        Assert.Equal(OscErrorCodes.TooDeep, none.Code);
    }

    [Fact]
    public void A_blob_claiming_two_gigabytes_is_refused_without_allocating_it()
    {
        var bytes = Concat(Text("/a\0\0,b\0\0"), Int(int.MaxValue), Int(0));

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.False(OscReader.TryRead(bytes, out _, out _));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 4096);
    }

    [Fact]
    public void A_packet_over_the_size_limit_is_too_large_and_one_at_it_is_read()
    {
        var limits = new OscLimits(maxPacketSize: 40);

        Assert.True(OscReader.TryRead(Foo, limits, out _, out _));
        Assert.False(OscReader.TryRead(Concat(Foo, Int(0)), limits, out _, out var error));
        Assert.Equal(OscErrorCodes.TooLarge, error.Code);
    }

    [Fact]
    public void The_spec_message_cut_at_every_byte_names_what_was_cut()
    {
        var expected = new Dictionary<int, string>
        {
            [0] = OscErrorCodes.Empty,
            [4] = OscErrorCodes.NotAString, // "/foo" without its NUL
            [8] = OscErrorCodes.BadTypeTag, // no type tag string
            [12] = OscErrorCodes.NotAString, // ",iis" without its NUL
            [16] = OscErrorCodes.Truncated, // first int32
            [20] = OscErrorCodes.Truncated, // second int32
            [24] = OscErrorCodes.NotAString, // "hello" not begun
            [28] = OscErrorCodes.NotAString, // "hell"
            [32] = OscErrorCodes.Truncated, // first float32
            [36] = OscErrorCodes.Truncated, // second float32
        };
        for (var cut = 0; cut < Foo.Length; cut++)
        {
            Assert.False(OscReader.TryRead(Foo.AsSpan(0, cut), out _, out var error));
            Assert.Equal(expected.GetValueOrDefault(cut, OscErrorCodes.Misaligned), error.Code);
        }
    }

    [Fact]
    public void A_bundle_cut_inside_an_element_is_caught_by_the_elements_size()
    {
        var bundle = Bundle(Foo);
        for (var cut = 0; cut < bundle.Length; cut++)
        {
            var ok = OscReader.TryRead(bundle.AsSpan(0, cut), out var packet, out var error);
            if (cut == 16)
            {
                Assert.True(ok, "a bundle cut right after its timetag is an empty bundle");
                Assert.Empty(((OscBundle)packet!).Elements);
                continue;
            }

            var expected = cut switch
            {
                0 => OscErrorCodes.Empty,
                _ when cut % 4 != 0 => OscErrorCodes.Misaligned,
                < 16 => OscErrorCodes.Truncated,
                _ => OscErrorCodes.LyingSize,
            };
            Assert.Equal(expected, error!.Code);
        }
    }

    [Fact]
    public void Every_generated_message_cut_short_anywhere_is_refused_with_a_codec_code()
    {
        var generator = new OscGenerator(0xC0FFEE);
        for (var i = 0; i < 300; i++)
        {
            var bytes = OscWriter.ToArray(generator.Message());
            for (var cut = 0; cut < bytes.Length; cut++)
            {
                Assert.False(OscReader.TryRead(bytes.AsSpan(0, cut), out _, out var error));
                Assert.Contains(error.Code, OscFuzzTests.CodecCodes);
            }
        }
    }

    private static byte[] Nested(int depth) => depth == 0 ? Text("/a\0\0,\0\0\0") : Bundle(Nested(depth - 1));
}
