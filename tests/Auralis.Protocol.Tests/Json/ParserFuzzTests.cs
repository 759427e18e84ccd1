using System.Text;
using Auralis.Protocol.Json;

namespace Auralis.Protocol.Tests.Json;

/// <summary>Mutated valid messages and random bytes: the parser must answer, never throw, and what it accepts must be stable.</summary>
public class ParserFuzzTests
{
    private static readonly string[] KnownCodes = [ErrorCodes.MalformedJson, ErrorCodes.UnknownType, ErrorCodes.MissingField, ErrorCodes.BadValue];

    private static readonly string[] Tokens =
    [
        "null", "true", "false", "0", "-1", "1.5", "1e400", "-0", "9223372036854775808", "18446744073709551616", "\"\"", "[]", "{}",
        "\"\\uD800\"", "\"\\uDC00\\uD800\"", "\"\\u0000\"", "\"pcm16\"", "\"play\"", "\"seek\"", "\"loop\"", "\"type\"", "NaN", ",", ":", "\"",
        "{\"type\":\"ping\"}", "[[[[", "\\", "\"é\"", "\"\\ud83c\\udfb5\"",
    ];

    private static readonly byte[][] Seeds =
    [
        .. SampleMessages.Client.Values.Select(ProtocolJson.Write),
        .. SampleMessages.Server.Values.Select(ProtocolJson.Write),
    ];

    [Fact]
    public void Mutated_valid_messages_never_make_the_parser_throw()
    {
        var random = new XorShift(0xA0BA_1150);
        var accepted = 0;
        for (var i = 0; i < 6000; i++)
        {
            var bytes = Seeds[random.Below(Seeds.Length)].ToList();
            var mutations = 1 + random.Below(3);
            for (var m = 0; m < mutations; m++)
            {
                Mutate(bytes, random);
            }

            accepted += CheckBothDirections(bytes.ToArray());
        }

        // Some mutations (digits changed, extra fields) keep a message valid: the accepting path is exercised too.
        Assert.InRange(accepted, 100, 5900);
    }

    [Fact]
    public void Random_bytes_never_make_the_parser_throw()
    {
        var random = new XorShift(7);
        for (var i = 0; i < 3000; i++)
        {
            var bytes = new byte[random.Below(64)];
            for (var b = 0; b < bytes.Length; b++)
            {
                bytes[b] = random.Below(4) == 0 ? (byte)"{}[]\":,\\"[random.Below(8)] : random.Byte();
            }

            CheckBothDirections(bytes);
        }
    }

    [Theory]
    [InlineData("""{"type":"hello","session":"\uD800","audio":"pcm16"}""")]
    [InlineData("""{"type":"\uDC00"}""")]
    [InlineData("""{"type":"params","values":{"\uD800":1}}""")]
    [InlineData("""{"type":"param","name":"key","value":"\uDBFF"}""")]
    [InlineData("""{"type":"param","name":"key","value":"\uDBFF\u0041"}""")]
    [InlineData("""{"type":"param","name":"key","value":"\uDBFFx"}""")]
    [InlineData("""{"type":"param","name":"key","value":"\uDBFF\n"}""")]
    public void Escaped_lone_surrogates_are_malformed(string json)
    {
        Assert.False(ProtocolJson.TryReadClientMessage(Encoding.UTF8.GetBytes(json), out _, out var error));
        Assert.Equal(ErrorCodes.MalformedJson, error.Code);
        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"param","name":"key","value":"\ud83c\udfb5"}""", "\U0001F3B5")]
    [InlineData("""{"type":"param","name":"key","value":"\\uD800"}""", "\\uD800")]
    [InlineData("""{"type":"param","name":"key","value":"\\\u00e9"}""", "\\\u00e9")]
    public void Escaped_surrogate_pairs_and_escaped_backslashes_are_text(string json, string expected)
    {
        Assert.True(ProtocolJson.TryReadClientMessage(Encoding.UTF8.GetBytes(json), out var message, out var error), error?.ToString());
        Assert.Equal(expected, ((Messages.ClientMessages.Param)message).Value.Text);
    }

    /// <summary>Parses as both directions; answers how many accepted. Each accepted message must survive write and read unchanged.</summary>
    private static int CheckBothDirections(byte[] bytes)
    {
        var accepted = 0;
        if (ProtocolJson.TryReadClientMessage(bytes, out var client, out var clientError))
        {
            Assert.True(ProtocolJson.TryReadClientMessage(ProtocolJson.Write(client), out var again, out _));
            Assert.Equal(client, again);
            accepted++;
        }
        else
        {
            Assert.Contains(clientError.Code, KnownCodes);
            Assert.False(string.IsNullOrWhiteSpace(clientError.Message));
        }

        if (ProtocolJson.TryReadServerMessage(bytes, out var server, out var serverError))
        {
            Assert.True(ProtocolJson.TryReadServerMessage(ProtocolJson.Write(server), out var again, out _));
            Assert.Equal(server, again);
            accepted++;
        }
        else
        {
            Assert.Contains(serverError.Code, KnownCodes);
        }

        return accepted;
    }

    private static void Mutate(List<byte> bytes, XorShift random)
    {
        var at = bytes.Count == 0 ? 0 : random.Below(bytes.Count);
        switch (random.Below(6))
        {
            case 0 when bytes.Count > 0:
                bytes[at] = random.Byte();
                break;
            case 1 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(1 + random.Below(8), bytes.Count - at));
                break;
            case 2:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Below(Tokens.Length)]));
                break;
            case 3 when bytes.Count > 0:
                bytes.InsertRange(at, bytes.GetRange(at, Math.Min(1 + random.Below(16), bytes.Count - at)));
                break;
            case 4:
                ReplaceAValue(bytes, random);
                break;
            default:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
        }
    }

    /// <summary>Swaps the value after a random colon for a random token, which mostly keeps the JSON well-formed.</summary>
    private static void ReplaceAValue(List<byte> bytes, XorShift random)
    {
        var colons = Enumerable.Range(0, bytes.Count).Where(i => bytes[i] == (byte)':').ToArray();
        if (colons.Length == 0)
        {
            return;
        }

        var start = colons[random.Below(colons.Length)] + 1;
        var end = start;
        var inString = false;
        while (end < bytes.Count && (inString || (bytes[end] != (byte)',' && bytes[end] != (byte)'}' && bytes[end] != (byte)'{' && bytes[end] != (byte)'[')))
        {
            if (bytes[end] == (byte)'"' && (end == 0 || bytes[end - 1] != (byte)'\\'))
            {
                inString = !inString;
            }

            end++;
        }

        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, Encoding.UTF8.GetBytes(Tokens[random.Below(Tokens.Length)]));
    }
}
