using System.Text;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Json;
using Auralis.Protocol.Messages;

namespace Auralis.Protocol.Tests.Json;

/// <summary>The exact JSON of the public contract (ARCHITECTURE.md section 7): field names and shapes that clients rely on.</summary>
public class GoldenJsonTests
{
    [Fact]
    public void The_hello_of_the_architecture_document_parses()
    {
        var ok = ProtocolJson.TryReadClientMessage("""{"type":"hello","session":"demo","token":"…","audio":"pcm16"}"""u8, out var message, out var error);

        Assert.True(ok, error?.ToString());
        Assert.Equal(new ClientMessages.Hello("demo", "…", AudioFormat.Pcm16), message);
    }

    [Theory]
    [InlineData("hello", """{"type":"hello","session":"demo","token":"s3cr3t","audio":"pcm16"}""")]
    [InlineData("hello-no-token", """{"type":"hello","session":"demo","audio":"f32"}""")]
    [InlineData("param-number", """{"type":"param","name":"intensity","value":0.75}""")]
    [InlineData("param-text", """{"type":"param","name":"key","value":"F#"}""")]
    [InlineData("params", """{"type":"params","values":{"bpm":110,"mode":"minor","bass.gain":0.6}}""")]
    [InlineData("transport-seek", """{"type":"transport","command":"seek","tick":1920}""")]
    [InlineData("transport-loop", """{"type":"transport","command":"loop","startTick":0,"endTick":7680}""")]
    [InlineData("transport-clear-loop", """{"type":"transport","command":"clearLoop"}""")]
    [InlineData("price", """{"type":"price","price":4321.5}""")]
    [InlineData("subscribe", """{"type":"subscribe","audio":"none"}""")]
    [InlineData("ping", """{"type":"ping"}""")]
    public void Client_messages_are_written_exactly_as_the_contract_shows(string name, string json) =>
        Assert.Equal(json, Encoding.UTF8.GetString(ProtocolJson.Write(SampleMessages.Client[name])));

    [Theory]
    [InlineData("note", """{"type":"note","tick":1920,"frame":96000,"voice":"soprano","pitch":74,"velocity":90,"durationTicks":240}""")]
    [InlineData("chord", """{"type":"chord","tick":0,"symbol":"Dm7","degree":"ii7","root":2,"pitchClasses":[2,5,9,0]}""")]
    [InlineData("chord-augmented", """{"type":"chord","tick":3840,"symbol":"E+","degree":"III+","root":4,"pitchClasses":[4,8,0]}""")]
    [InlineData("price", """{"type":"price","tick":960,"price":101.25,"changePct":-0.4937,"regime":"volatile"}""")]
    [InlineData("trade", """{"type":"trade","tick":1440,"bot":"momentum","side":"sell","price":99.875}""")]
    [InlineData("transport", """{"type":"transport","state":"playing","bar":4,"beat":0,"tick":7680,"atTick":7680}""")]
    [InlineData("transport-loop", """{"type":"transport","state":"stopped","bar":0,"beat":3,"tick":1440,"atTick":1920,"loopStartTick":0,"loopEndTick":3840}""")]
    [InlineData("param-text", """{"type":"param","name":"mode","value":"lydian","atTick":3840}""")]
    [InlineData("stats", """{"type":"stats","ringDepth":6144,"underruns":1,"droppedFrames":2048,"listeners":3,"sleeping":true}""")]
    [InlineData("pong", """{"type":"pong"}""")]
    [InlineData("closing", """{"type":"closing","reason":"the node is shutting down"}""")]
    public void Server_messages_are_written_exactly_as_the_contract_shows(string name, string json) =>
        Assert.Equal(json, Encoding.UTF8.GetString(ProtocolJson.Write(SampleMessages.Server[name])));

    [Fact]
    public void A_session_message_carries_the_full_state_at_its_top_level()
    {
        var json = Encoding.UTF8.GetString(ProtocolJson.Write(SampleMessages.Server["session"]));

        Assert.Equal(
            """{"type":"session","id":"demo","name":"Demo – Dorian drift","seed":18446744073709551557""" +
            ""","parameters":{"bpm":96,"key":"D","mode":"dorian","intensity":0.55,"soprano.pan":-0.25}""" +
            ""","transport":{"playing":true,"loopStartTick":0,"loopEndTick":7680},"position":{"bar":3,"beat":2,"tick":6720}""" +
            ""","listeners":2,"createdAt":"2025-01-02T03:04:05.678+02:00","updatedAt":"2025-01-02T04:00:00+00:00"}""",
            json);
    }

    [Fact]
    public void A_welcome_nests_the_state_and_names_the_stream_format()
    {
        var json = Encoding.UTF8.GetString(ProtocolJson.Write(SampleMessages.Server["welcome"]));

        Assert.StartsWith("""{"type":"welcome","session":"demo","sampleRate":48000,"channels":2,"format":"pcm16","frame":1234567,"state":{"id":"demo",""", json,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_protocol_error_becomes_an_error_message_with_its_code()
    {
        var error = new ProtocolError(ErrorCodes.UnknownSession, "There is no session 'jazz'.");

        Assert.Equal("""{"type":"error","code":"unknown-session","message":"There is no session 'jazz'."}""",
            Encoding.UTF8.GetString(ProtocolJson.Write(error.ToMessage())));
    }

    [Fact]
    public void A_message_from_a_newer_peer_with_extra_fields_still_parses()
    {
        var json = """{"type":"note","tick":0,"frame":0,"voice":"bass","pitch":38,"velocity":100,"durationTicks":480,"channel":3,"tags":["walk",{"x":1}]}"""u8;

        Assert.True(ProtocolJson.TryReadServerMessage(json, out var message, out _));
        Assert.Equal(new ServerMessages.Note(0, 0, "bass", 38, 100, 480), message);
    }

    [Fact]
    public void Fields_may_come_in_any_order_and_nulls_count_as_absent()
    {
        var json = """{"audio":"f32","token":null,"session":"demo","type":"hello"}"""u8;

        Assert.True(ProtocolJson.TryReadClientMessage(json, out var message, out _));
        Assert.Equal(new ClientMessages.Hello("demo", null, AudioFormat.F32), message);
    }

    [Fact]
    public void An_integral_double_reads_back_as_the_same_number_not_as_text()
    {
        Assert.True(ProtocolJson.TryReadClientMessage("""{"type":"param","name":"bpm","value":120}"""u8, out var message, out _));

        var value = ((ClientMessages.Param)message).Value;
        Assert.True(value.IsNumber);
        Assert.Equal(120.0, value.Number);
    }
}
