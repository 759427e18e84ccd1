using Auralis.Protocol.Osc;

namespace Auralis.Protocol.Tests.Osc;

/// <summary>Random bytes and mutated valid packets: the reader answers every one without throwing, and what it accepts is exact.</summary>
public class OscFuzzTests
{
    /// <summary>Every code the reader itself can answer.</summary>
    internal static readonly string[] CodecCodes =
    [
        OscErrorCodes.Empty, OscErrorCodes.TooLarge, OscErrorCodes.Misaligned, OscErrorCodes.Truncated, OscErrorCodes.NotAString,
        OscErrorCodes.BadAddress, OscErrorCodes.BadBundle, OscErrorCodes.BadTypeTag, OscErrorCodes.UnknownType, OscErrorCodes.LyingSize,
        OscErrorCodes.TrailingBytes, OscErrorCodes.TooDeep, OscErrorCodes.BadValue,
    ];

    private static readonly byte[][] Words =
    [
        "#bundle\0"u8.ToArray(), "/\0\0\0"u8.ToArray(), ",\0\0\0"u8.ToArray(), ",ifs"u8.ToArray(), ",b\0\0"u8.ToArray(), [0, 0, 0, 0],
        [0xFF, 0xFF, 0xFF, 0xFF], [0x7F, 0xFF, 0xFF, 0xFF], [0, 0, 0, 4], [0, 0, 0, 8], [0, 0, 0, 1], [0x80, 0, 0, 0],
    ];

    [Fact]
    public void Twenty_thousand_mutations_of_valid_packets_never_make_the_reader_throw()
    {
        var generator = new OscGenerator(0xF022);
        var random = generator.Random;
        var accepted = 0;
        var codes = new HashSet<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = OscWriter.ToArray(generator.Packet(3)).ToList();
            var mutations = 1 + random.Below(3);
            for (var m = 0; m < mutations; m++)
            {
                Mutate(bytes, random);
            }

            accepted += Check(bytes.ToArray(), random.Below(4) == 0 ? new OscLimits(maxPacketSize: 256, maxDepth: 2) : OscLimits.Default, codes);
        }

        // Some mutations (a changed digit, a swapped word) keep a packet valid: the accepting path is exercised too.
        Assert.InRange(accepted, 100, 19_000);
        Assert.Superset(new HashSet<string>(CodecCodes.Except([OscErrorCodes.Empty])), codes);
    }

    [Fact]
    public void Twenty_thousand_random_byte_strings_never_make_the_reader_throw()
    {
        var random = new XorShift(0xB17E5);
        var codes = new HashSet<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = new List<byte>();
            var length = random.Below(80);
            if (random.Below(2) == 0)
            {
                bytes.AddRange(random.Below(2) == 0 ? "/"u8.ToArray() : "#bundle\0"u8.ToArray());
            }

            while (bytes.Count < length)
            {
                if (random.Below(3) == 0)
                {
                    bytes.AddRange(Words[random.Below(Words.Length)]);
                }
                else
                {
                    bytes.Add(random.Byte());
                }
            }

            Check(bytes.ToArray(), OscLimits.Default, codes);
        }

        Assert.True(codes.Count >= 8, $"only {string.Join(", ", codes)}");
    }

    /// <summary>Reads the bytes; an accepted packet must write back to exactly the same bytes. Answers 1 when accepted.</summary>
    private static int Check(byte[] bytes, OscLimits limits, HashSet<string> codes)
    {
        if (OscReader.TryRead(bytes, limits, out var packet, out var error))
        {
            Assert.Equal(bytes, OscWriter.ToArray(packet));
            return 1;
        }

        Assert.Contains(error.Code, CodecCodes);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        codes.Add(error.Code);
        return 0;
    }

    private static void Mutate(List<byte> bytes, XorShift random)
    {
        var at = bytes.Count == 0 ? 0 : random.Below(bytes.Count);
        var word = at & ~3;
        switch (random.Below(7))
        {
            case 0 when bytes.Count > 0:
                bytes[at] = random.Byte();
                break;
            case 1 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << random.Below(8));
                break;
            case 2 when bytes.Count >= word + 4:
                bytes.RemoveRange(word, 4);
                break;
            case 3:
                bytes.InsertRange(Math.Min(word, bytes.Count), Words[random.Below(Words.Length)]);
                break;
            case 4 when bytes.Count >= word + 4:
                bytes.RemoveRange(word, 4);
                bytes.InsertRange(word, Words[random.Below(Words.Length)]);
                break;
            case 5 when bytes.Count > 0:
                bytes.RemoveRange(at, 1 + random.Below(bytes.Count - at));
                break;
            default:
                bytes.InsertRange(Math.Min(word, bytes.Count), bytes.GetRange(word, Math.Min(4 * (1 + random.Below(4)), bytes.Count - Math.Min(word, bytes.Count))));
                break;
        }
    }
}
