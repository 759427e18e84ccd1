using System.Text;
using Auralis.Protocol.Json;

namespace Auralis.Protocol.Tests.Json;

public class MalformedClientInputTests
{
    private const string Malformed = ErrorCodes.MalformedJson;
    private const string Unknown = ErrorCodes.UnknownType;
    private const string Missing = ErrorCodes.MissingField;
    private const string Bad = ErrorCodes.BadValue;

    public static TheoryData<string, string> Cases { get; } = new()
    {
        // Not JSON, or not one JSON object.
        { "", Malformed },
        { "   ", Malformed },
        { "{", Malformed },
        { """{"type":"ping" """, Malformed },
        { "{'type':'ping'}", Malformed },
        { """{"type":"ping",}""", Malformed },
        { """{"type":"ping"} {"type":"ping"}""", Malformed },
        { """{"type":"ping"}x""", Malformed },
        { """{"type":"ping" /* hi */}""", Malformed },
        { """{"type":"ping","type":"ping"}""", Malformed },
        { """{"type":"param","name":"bpm","value":NaN}""", Malformed },
        { """{"type":"price","price":Infinity}""", Malformed },
        { """{"type":"price","price":-Infinity}""", Malformed },
        { """{"type":"price","price":0x10}""", Malformed },
        { """{"type":"price","price":01}""", Malformed },
        { """{"type":"ping","x":""" + new string('[', 200) + new string(']', 200) + "}", Malformed },
        { "[1,2]", Malformed },
        { "\"ping\"", Malformed },
        { "42", Malformed },
        { "null", Malformed },
        { "true", Malformed },

        // The discriminator.
        { "{}", Missing },
        { """{"kind":"ping"}""", Missing },
        { """{"Type":"ping"}""", Missing },
        { """{"type":null}""", Missing },
        { """{"type":42}""", Bad },
        { """{"type":["ping"]}""", Bad },
        { """{"type":{"name":"ping"}}""", Bad },
        { """{"type":true}""", Bad },
        { """{"type":""}""", Unknown },
        { """{"type":"PING"}""", Unknown },
        { """{"type":"ping "}""", Unknown },
        { """{"type":"welcome","session":"demo"}""", Unknown },
        { """{"type":"pong"}""", Unknown },
        { """{"type":"note","tick":0}""", Unknown },

        // hello
        { """{"type":"hello","audio":"pcm16"}""", Missing },
        { """{"type":"hello","session":"demo"}""", Missing },
        { """{"type":"hello","session":"demo","audio":null}""", Missing },
        { """{"type":"hello","session":42,"audio":"pcm16"}""", Bad },
        { """{"type":"hello","session":"","audio":"pcm16"}""", Bad },
        { """{"type":"hello","session":"demo","token":5,"audio":"pcm16"}""", Bad },
        { """{"type":"hello","session":"demo","audio":"mp3"}""", Bad },
        { """{"type":"hello","session":"demo","audio":"PCM16"}""", Bad },
        { """{"type":"hello","session":"demo","audio":16}""", Bad },

        // param and params
        { """{"type":"param","value":1}""", Missing },
        { """{"type":"param","name":"bpm"}""", Missing },
        { """{"type":"param","name":"bpm","value":null}""", Missing },
        { """{"type":"param","name":"","value":1}""", Bad },
        { """{"type":"param","name":"bpm","value":true}""", Bad },
        { """{"type":"param","name":"bpm","value":[120]}""", Bad },
        { """{"type":"param","name":"bpm","value":{"n":120}}""", Bad },
        { """{"type":"param","name":"bpm","value":1e400}""", Bad },
        { """{"type":"param","name":"bpm","value":-1e400}""", Bad },
        { """{"type":"params"}""", Missing },
        { """{"type":"params","values":[]}""", Bad },
        { """{"type":"params","values":"bpm=120"}""", Bad },
        { """{"type":"params","values":{"bpm":false}}""", Bad },
        { """{"type":"params","values":{"":1}}""", Bad },
        { """{"type":"params","values":{"bpm":120,"mode":null}}""", Bad },

        // transport
        { """{"type":"transport"}""", Missing },
        { """{"type":"transport","command":"pause"}""", Bad },
        { """{"type":"transport","command":"Play"}""", Bad },
        { """{"type":"transport","command":1}""", Bad },
        { """{"type":"transport","command":"seek"}""", Missing },
        { """{"type":"transport","command":"seek","tick":-1}""", Bad },
        { """{"type":"transport","command":"seek","tick":1.5}""", Bad },
        { """{"type":"transport","command":"seek","tick":"1920"}""", Bad },
        { """{"type":"transport","command":"seek","tick":1e30}""", Bad },
        { """{"type":"transport","command":"seek","tick":9223372036854775808}""", Bad },
        { """{"type":"transport","command":"loop","startTick":0}""", Missing },
        { """{"type":"transport","command":"loop","endTick":1920}""", Missing },
        { """{"type":"transport","command":"loop","startTick":1920,"endTick":1920}""", Bad },
        { """{"type":"transport","command":"loop","startTick":3840,"endTick":1920}""", Bad },

        // price, subscribe
        { """{"type":"price"}""", Missing },
        { """{"type":"price","price":"101.5"}""", Bad },
        { """{"type":"price","price":0}""", Bad },
        { """{"type":"price","price":-5}""", Bad },
        { """{"type":"price","price":1e999}""", Bad },
        { """{"type":"subscribe"}""", Missing },
        { """{"type":"subscribe","audio":"wav"}""", Bad },
        { """{"type":"subscribe","audio":["f32"]}""", Bad },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Malformed_client_input_is_refused_with_its_documented_code(string json, string code)
    {
        var ok = ProtocolJson.TryReadClientMessage(Encoding.UTF8.GetBytes(json), out var message, out var error);

        Assert.False(ok);
        Assert.Null(message);
        Assert.Equal(code, error!.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { (byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}' })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public void Bytes_that_are_not_utf8_are_malformed(byte[] bytes)
    {
        Assert.False(ProtocolJson.TryReadClientMessage(bytes, out _, out var error));
        Assert.Equal(ErrorCodes.MalformedJson, error.Code);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_field_is_named_with_its_message_type()
    {
        ProtocolJson.TryReadClientMessage("""{"type":"hello","audio":"pcm16"}"""u8, out _, out var error);

        Assert.Equal("The field 'hello.session' is missing.", error!.Message);
    }

    [Fact]
    public void A_bad_word_lists_the_words_that_are_accepted()
    {
        ProtocolJson.TryReadClientMessage("""{"type":"transport","command":"pause"}"""u8, out _, out var error);

        Assert.Equal("""The field 'transport.command' must be one of play, stop, seek, loop, clearLoop, not "pause".""", error!.Message);
    }

    [Fact]
    public void An_unknown_type_lists_the_types_a_client_may_send()
    {
        ProtocolJson.TryReadClientMessage("""{"type":"welcome"}"""u8, out _, out var error);

        Assert.Contains("'welcome' is not a message type here", error!.Message, StringComparison.Ordinal);
        Assert.Contains("hello, param, params, transport, price, subscribe and ping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_bad_field_in_wire_order_is_the_one_reported()
    {
        ProtocolJson.TryReadClientMessage("""{"type":"hello","session":7,"audio":"mp3"}"""u8, out _, out var error);

        Assert.StartsWith("The field 'hello.session' must be a string, not 7", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_bad_value_is_quoted_only_in_part()
    {
        var json = $$"""{"type":"price","price":"{{new string('9', 10_000)}}"}""";

        ProtocolJson.TryReadClientMessage(Encoding.UTF8.GetBytes(json), out _, out var error);

        Assert.Equal(ErrorCodes.BadValue, error!.Code);
        Assert.True(error.Message.Length < 200, error.Message);
    }

    [Fact]
    public void A_loop_that_ends_before_it_starts_says_so()
    {
        ProtocolJson.TryReadClientMessage("""{"type":"transport","command":"loop","startTick":3840,"endTick":1920}"""u8, out _, out var error);

        Assert.Equal("A loop must end after it starts; endTick 1920 is not after startTick 3840.", error!.Message);
    }
}
