using Auralis.Protocol.Audio;
using Auralis.Protocol.Messages;
using static Auralis.Protocol.Messages.ClientMessages;

namespace Auralis.Protocol.Json;

/// <summary>Reads the fields of each client message and checks the rules that span fields (what seek and loop need).</summary>
internal static class ClientMessageReader
{
    public const string KnownTypes = "hello, param, params, transport, price, subscribe and ping";

    public static ClientMessage? Read(string type, FieldReader f) => type switch
    {
        MessageTypes.Hello => new Hello(f.Text("session"), f.OptionalText("token"), f.Word("audio", AudioFormats.Words)),
        MessageTypes.Param => new Param(f.Text("name"), f.Value("value")) { RequestId = f.OptionalText("requestId") },
        MessageTypes.Params => new Params(f.ValueMap("values")) { RequestId = f.OptionalText("requestId") },
        MessageTypes.Transport => ReadTransport(f) with { RequestId = f.OptionalText("requestId") },
        MessageTypes.Price => new ExternalPrice(f.Number("price", positive: true)) { RequestId = f.OptionalText("requestId") },
        MessageTypes.Subscribe => new Subscribe(f.Word("audio", AudioFormats.Words)),
        MessageTypes.Ping => new Ping(),
        _ => null,
    };

    private static Transport ReadTransport(FieldReader f)
    {
        var message = new Transport(f.Word("command", TransportActions.Words), f.OptionalInteger("tick", 0),
            f.OptionalInteger("startTick", 0), f.OptionalInteger("endTick", 0));
        if (f.Error is not null)
        {
            return message;
        }

        switch (message.Command)
        {
            case TransportAction.Seek when message.Tick is null:
                f.RequireField("tick", "seek needs the tick to move to");
                break;
            case TransportAction.Loop when message.StartTick is null:
                f.RequireField("startTick", "loop needs startTick and endTick");
                break;
            case TransportAction.Loop when message.EndTick is null:
                f.RequireField("endTick", "loop needs startTick and endTick");
                break;
            case TransportAction.Loop when message.EndTick <= message.StartTick:
                f.Refuse($"A loop must end after it starts; endTick {message.EndTick} is not after startTick {message.StartTick}.");
                break;
        }

        return message;
    }
}
