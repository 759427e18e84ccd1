using Auralis.Protocol.Audio;
using Auralis.Protocol.Messages;

namespace Auralis.Protocol.Tests;

/// <summary>One or more valid messages of every type, by a short name, for round trips and as seeds of the fuzz test.</summary>
internal static class SampleMessages
{
    public static SessionInfo State { get; } = new(
        "demo",
        "Demo – Dorian drift",
        18_446_744_073_709_551_557UL,
        new Dictionary<string, WireValue> { ["bpm"] = 96, ["key"] = "D", ["mode"] = "dorian", ["intensity"] = 0.55, ["soprano.pan"] = -0.25 },
        new TransportInfo(true, 0, 7680),
        new PositionInfo(3, 2, 6720),
        2,
        new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(2)),
        new DateTimeOffset(2025, 1, 2, 4, 0, 0, TimeSpan.Zero));

    public static IReadOnlyDictionary<string, ServerMessage> Server { get; } = new Dictionary<string, ServerMessage>
    {
        ["welcome"] = new ServerMessages.Welcome("demo", 48_000, 2, AudioFormat.Pcm16, 1_234_567, State),
        ["welcome-no-audio"] = new ServerMessages.Welcome("demo", 48_000, 2, AudioFormat.None, 0, State with { Transport = new TransportInfo(false) }),
        ["session"] = new ServerMessages.Session(State),
        ["note"] = new ServerMessages.Note(1920, 96_000, "soprano", 74, 90, 240),
        ["chord"] = new ServerMessages.Chord(0, "Dm7", "ii7", 2, [2, 5, 9, 0]),
        ["chord-augmented"] = new ServerMessages.Chord(3840, "E+", "III+", 4, [4, 8, 0]),
        ["price"] = new ServerMessages.PriceMove(960, 101.25, -0.4937, "volatile"),
        ["trade"] = new ServerMessages.Trade(1440, "momentum", TradeSide.Sell, 99.875),
        ["transport"] = new ServerMessages.Transport(PlaybackState.Playing, 4, 0, 7680, 7680),
        ["transport-loop"] = new ServerMessages.Transport(PlaybackState.Stopped, 0, 3, 1440, 1920, 0, 3840),
        ["param-number"] = new ServerMessages.Param("bpm", 120.5, 3840),
        ["param-text"] = new ServerMessages.Param("mode", "lydian", 3840),
        ["stats"] = new ServerMessages.Stats(6144, 1, 2048, 3, true),
        ["error"] = new ServerMessages.Error(ErrorCodes.BadValue, "bpm must lie between 20 and 300; 400 is out of range."),
        ["error-keyed"] = new ServerMessages.Error(ErrorCodes.BadValue, "bpm must lie between 20 and 300; 400 is out of range.", "f3b2-17"),
        ["accepted"] = new ServerMessages.Accepted("f3b2-18", 7680),
        ["accepted-nothing-changed"] = new ServerMessages.Accepted("f3b2-19", null),
        ["moved"] = new ServerMessages.Moved("demo", 2_345_678, State),
        ["pong"] = new ServerMessages.Pong(),
        ["closing"] = new ServerMessages.Closing("the node is shutting down"),
    };

    public static IReadOnlyDictionary<string, ClientMessage> Client { get; } = new Dictionary<string, ClientMessage>
    {
        ["hello"] = new ClientMessages.Hello("demo", "s3cr3t", AudioFormat.Pcm16),
        ["hello-no-token"] = new ClientMessages.Hello("demo", null, AudioFormat.F32),
        ["param-number"] = new ClientMessages.Param("intensity", 0.75),
        ["param-text"] = new ClientMessages.Param("key", "F#"),
        ["params"] = new ClientMessages.Params(new Dictionary<string, WireValue> { ["bpm"] = 110, ["mode"] = "minor", ["bass.gain"] = 0.6 }),
        ["transport-play"] = ClientMessages.Transport.Play(),
        ["transport-stop"] = ClientMessages.Transport.Stop(),
        ["transport-seek"] = ClientMessages.Transport.Seek(1920),
        ["transport-loop"] = ClientMessages.Transport.Loop(0, 7680),
        ["transport-clear-loop"] = ClientMessages.Transport.ClearLoop(),
        ["price"] = new ClientMessages.ExternalPrice(4321.5),
        ["param-keyed"] = new ClientMessages.Param("bpm", 128) { RequestId = "0b7c6c1e-retry" },
        ["params-keyed"] = new ClientMessages.Params(new Dictionary<string, WireValue> { ["bpm"] = 110 }) { RequestId = "k-2" },
        ["transport-keyed"] = ClientMessages.Transport.Stop() with { RequestId = "k-3" },
        ["subscribe"] = new ClientMessages.Subscribe(AudioFormat.None),
        ["ping"] = new ClientMessages.Ping(),
    };

    public static TheoryData<string> ServerNames => [.. Server.Keys];

    public static TheoryData<string> ClientNames => [.. Client.Keys];
}
