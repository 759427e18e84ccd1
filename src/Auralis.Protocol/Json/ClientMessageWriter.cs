using System.Text.Json;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Messages;
using static Auralis.Protocol.Messages.ClientMessages;

namespace Auralis.Protocol.Json;

/// <summary>Writes each client message as one JSON object, <c>type</c> first, optional fields left out when absent.</summary>
internal static class ClientMessageWriter
{
    public static void Write(Utf8JsonWriter w, ClientMessage message)
    {
        w.WriteStartObject();
        w.WriteString("type", message.Type);
        switch (message)
        {
            case Hello m:
                w.WriteString("session", m.Session);
                if (m.Token is not null)
                {
                    w.WriteString("token", m.Token);
                }

                w.WriteString("audio", m.Audio.ToWord());
                break;
            case Param m:
                w.WriteString("name", m.Name);
                w.WritePropertyName("value");
                WireValueJson.Write(w, m.Value);
                break;
            case Params m:
                w.WriteStartObject("values");
                foreach (var (name, value) in m.Values)
                {
                    w.WritePropertyName(name);
                    WireValueJson.Write(w, value);
                }

                w.WriteEndObject();
                break;
            case Transport m:
                w.WriteString("command", m.Command.ToWord());
                SessionInfoJson.WriteOptional(w, "tick", m.Tick);
                SessionInfoJson.WriteOptional(w, "startTick", m.StartTick);
                SessionInfoJson.WriteOptional(w, "endTick", m.EndTick);
                break;
            case ExternalPrice m:
                w.WriteNumber("price", m.Price);
                break;
            case Subscribe m:
                w.WriteString("audio", m.Audio.ToWord());
                break;
            case Ping:
                break;
        }

        if (message.RequestId is not null)
        {
            w.WriteString("requestId", message.RequestId);
        }

        w.WriteEndObject();
    }
}
