using Auralis.Protocol.Audio;
using Auralis.Protocol.Messages;
using static Auralis.Protocol.Messages.ServerMessages;

namespace Auralis.Protocol.Json;

/// <summary>Reads the fields of each server message; the arguments are read in wire order, so the first problem reported is the first field's.</summary>
internal static class ServerMessageReader
{
    public const string KnownTypes = "welcome, session, note, chord, price, trade, transport, param, stats, error, accepted, moved, pong and closing";

    private const int MidiMax = 127;

    public static ServerMessage? Read(string type, FieldReader f) => type switch
    {
        MessageTypes.Welcome => new Welcome(
            f.Text("session"), f.Int32("sampleRate", 1), f.Int32("channels", 1), f.Word("format", AudioFormats.Words),
            f.Integer("frame", 0), SessionInfoJson.Read(f.Child("state"))),
        MessageTypes.Session => new Session(SessionInfoJson.Read(f)),
        MessageTypes.Note => new Note(
            f.Integer("tick", 0), f.Integer("frame", 0), f.Text("voice"), f.Int32("pitch", 0, MidiMax), f.Int32("velocity", 0, MidiMax),
            f.Integer("durationTicks", 1)),
        MessageTypes.Chord => new Chord(
            f.Integer("tick", 0), f.Text("symbol"), f.Text("degree"), f.Int32("root", 0, 11), f.IntegerList("pitchClasses", 0, 11)),
        MessageTypes.Price => new PriceMove(f.Integer("tick", 0), f.Number("price", positive: true), f.Number("changePct"), f.Text("regime")),
        MessageTypes.Trade => new Trade(f.Integer("tick", 0), f.Text("bot"), f.Word("side", TradeSides.Words), f.Number("price", positive: true)),
        MessageTypes.Transport => new Transport(
            f.Word("state", PlaybackStates.Words), f.Integer("bar", 0), f.Int32("beat", 0), f.Integer("tick", 0), f.Integer("atTick", 0),
            f.OptionalInteger("loopStartTick", 0), f.OptionalInteger("loopEndTick", 0)),
        MessageTypes.Param => new Param(f.Text("name"), f.Value("value"), f.Integer("atTick", 0)),
        MessageTypes.Stats => new Stats(f.Int32("ringDepth", 0), f.Integer("underruns", 0), f.Integer("droppedFrames", 0), f.Int32("listeners", 0), f.Boolean("sleeping")),
        MessageTypes.Error => new Error(f.Text("code"), f.Text("message", allowEmpty: true), f.OptionalText("requestId")),
        MessageTypes.Accepted => new Accepted(f.Text("requestId"), f.OptionalInteger("atTick", 0)),
        MessageTypes.Moved => new Moved(f.Text("session"), f.Integer("frame", 0), SessionInfoJson.Read(f.Child("state"))),
        MessageTypes.Pong => new Pong(),
        MessageTypes.Closing => new Closing(f.Text("reason", allowEmpty: true)),
        _ => null,
    };
}
