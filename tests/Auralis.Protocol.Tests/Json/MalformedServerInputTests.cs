using System.Text;
using Auralis.Protocol.Json;

namespace Auralis.Protocol.Tests.Json;

/// <summary>The CLI reads the node's messages with the same care: a broken or newer node must not crash it.</summary>
public class MalformedServerInputTests
{
    private const string Unknown = ErrorCodes.UnknownType;
    private const string Missing = ErrorCodes.MissingField;
    private const string Bad = ErrorCodes.BadValue;

    private const string ValidState =
        """{"id":"demo","name":"","seed":1,"parameters":{},"transport":{"playing":false},"position":{"bar":0,"beat":0,"tick":0}""" +
        ""","listeners":0,"createdAt":"2025-01-01T00:00:00Z","updatedAt":"2025-01-01T00:00:00Z"}""";

    public static TheoryData<string, string> Cases { get; } = new()
    {
        { """{"type":"hello","session":"demo","audio":"pcm16"}""", Unknown },
        { """{"type":"ping"}""", Unknown },
        { """{"type":"note","tick":0,"frame":0,"pitch":60,"velocity":90,"durationTicks":480}""", Missing },
        { """{"type":"note","tick":0,"frame":0,"voice":"alto","pitch":128,"velocity":90,"durationTicks":480}""", Bad },
        { """{"type":"note","tick":0,"frame":0,"voice":"alto","pitch":60,"velocity":-1,"durationTicks":480}""", Bad },
        { """{"type":"note","tick":0,"frame":0,"voice":"alto","pitch":60,"velocity":90,"durationTicks":0}""", Bad },
        { """{"type":"note","tick":-480,"frame":0,"voice":"alto","pitch":60,"velocity":90,"durationTicks":480}""", Bad },
        { """{"type":"chord","tick":0,"symbol":"C","degree":"I","root":12,"pitchClasses":[0,4,7]}""", Bad },
        { """{"type":"chord","tick":0,"symbol":"C","degree":"I","root":0,"pitchClasses":[]}""", Bad },
        { """{"type":"chord","tick":0,"symbol":"C","degree":"I","root":0,"pitchClasses":[0,"E",7]}""", Bad },
        { """{"type":"chord","tick":0,"symbol":"C","degree":"I","root":0,"pitchClasses":[0,4,12]}""", Bad },
        { """{"type":"chord","tick":0,"symbol":"","degree":"I","root":0,"pitchClasses":[0,4,7]}""", Bad },
        { """{"type":"price","tick":0,"price":100,"regime":"bull"}""", Missing },
        { """{"type":"price","tick":0,"price":100,"changePct":1e500,"regime":"bull"}""", Bad },
        { """{"type":"trade","tick":0,"bot":"mean-revert","side":"hold","price":100}""", Bad },
        { """{"type":"transport","state":"paused","bar":0,"beat":0,"tick":0,"atTick":0}""", Bad },
        { """{"type":"transport","state":"playing","bar":0,"beat":0,"tick":0}""", Missing },
        { """{"type":"stats","ringDepth":0,"underruns":0,"droppedFrames":0,"listeners":-1}""", Bad },
        { """{"type":"stats","ringDepth":4294967296,"underruns":0,"droppedFrames":0,"listeners":1}""", Bad },
        { """{"type":"error","message":"no code"}""", Missing },
        { """{"type":"closing"}""", Missing },
        { """{"type":"welcome","session":"demo","sampleRate":48000,"channels":2,"format":"pcm16","frame":0}""", Missing },
        { """{"type":"welcome","session":"demo","sampleRate":48000,"channels":2,"format":"pcm16","frame":0,"state":[]}""", Bad },
        { """{"type":"welcome","session":"demo","sampleRate":0,"channels":2,"format":"pcm16","frame":0,"state":""" + ValidState + "}", Bad },
        { """{"type":"welcome","session":"demo","sampleRate":48000,"channels":2,"format":"mp3","frame":0,"state":""" + ValidState + "}", Bad },
        { """{"type":"welcome","session":"demo","sampleRate":48000,"channels":2,"format":"f32","frame":0,"state":""" + ValidState.Replace("\"playing\":false", "\"playing\":\"no\"", StringComparison.Ordinal) + "}", Bad },
        { """{"type":"session",""" + ValidState[1..].Replace("\"seed\":1", "\"seed\":-1", StringComparison.Ordinal), Bad },
        { """{"type":"session",""" + ValidState[1..].Replace("2025-01-01T00:00:00Z", "yesterday", StringComparison.Ordinal), Bad },
        { """{"type":"session",""" + ValidState[1..].Replace("\"position\":{\"bar\":0,\"beat\":0,\"tick\":0},", "", StringComparison.Ordinal), Missing },
        { """{"type":"session",""" + ValidState[1..].Replace("\"parameters\":{}", "\"parameters\":{\"bpm\":null}", StringComparison.Ordinal), Bad },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Malformed_server_input_is_refused_with_its_documented_code(string json, string code)
    {
        var ok = ProtocolJson.TryReadServerMessage(Encoding.UTF8.GetBytes(json), out var message, out var error);

        Assert.False(ok);
        Assert.Null(message);
        Assert.Equal(code, error!.Code);
    }

    [Fact]
    public void The_valid_state_used_by_these_cases_is_itself_accepted()
    {
        Assert.True(ProtocolJson.TryReadServerMessage(Encoding.UTF8.GetBytes("""{"type":"session",""" + ValidState[1..]), out _, out var error),
            error?.ToString());
    }

    [Fact]
    public void A_problem_deep_in_the_state_is_named_by_its_full_path()
    {
        var json = """{"type":"welcome","session":"demo","sampleRate":48000,"channels":2,"format":"f32","frame":0,"state":""" +
                   ValidState.Replace("\"playing\":false", "\"stopped\":true", StringComparison.Ordinal) + "}";

        ProtocolJson.TryReadServerMessage(Encoding.UTF8.GetBytes(json), out _, out var error);

        Assert.Equal("The field 'welcome.state.transport.playing' is missing.", error!.Message);
    }
}
