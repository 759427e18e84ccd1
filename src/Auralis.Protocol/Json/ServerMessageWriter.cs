using System.Text.Json;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Messages;
using static Auralis.Protocol.Messages.ServerMessages;

namespace Auralis.Protocol.Json;

/// <summary>Writes each server message as one JSON object, <c>type</c> first, optional fields left out when absent.</summary>
internal static class ServerMessageWriter
{
    public static void Write(Utf8JsonWriter w, ServerMessage message)
    {
        w.WriteStartObject();
        w.WriteString("type", message.Type);
        switch (message)
        {
            case Welcome m:
                w.WriteString("session", m.Session);
                w.WriteNumber("sampleRate", m.SampleRate);
                w.WriteNumber("channels", m.Channels);
                w.WriteString("format", m.Format.ToWord());
                w.WriteNumber("frame", m.Frame);
                w.WriteStartObject("state");
                SessionInfoJson.WriteFields(w, m.State);
                w.WriteEndObject();
                break;
            case Session m:
                SessionInfoJson.WriteFields(w, m.State);
                break;
            case Note m:
                w.WriteNumber("tick", m.Tick);
                w.WriteNumber("frame", m.Frame);
                w.WriteString("voice", m.Voice);
                w.WriteNumber("pitch", m.Pitch);
                w.WriteNumber("velocity", m.Velocity);
                w.WriteNumber("durationTicks", m.DurationTicks);
                break;
            case Chord m:
                w.WriteNumber("tick", m.Tick);
                w.WriteString("symbol", m.Symbol);
                w.WriteString("degree", m.Degree);
                w.WriteNumber("root", m.Root);
                w.WriteStartArray("pitchClasses");
                foreach (var pitchClass in m.PitchClasses)
                {
                    w.WriteNumberValue(pitchClass);
                }

                w.WriteEndArray();
                break;
            case PriceMove m:
                w.WriteNumber("tick", m.Tick);
                w.WriteNumber("price", m.Price);
                w.WriteNumber("changePct", m.ChangePct);
                w.WriteString("regime", m.Regime);
                break;
            case Trade m:
                w.WriteNumber("tick", m.Tick);
                w.WriteString("bot", m.Bot);
                w.WriteString("side", m.Side.ToWord());
                w.WriteNumber("price", m.Price);
                break;
            case Transport m:
                w.WriteString("state", m.State.ToWord());
                w.WriteNumber("bar", m.Bar);
                w.WriteNumber("beat", m.Beat);
                w.WriteNumber("tick", m.Tick);
                w.WriteNumber("atTick", m.AtTick);
                SessionInfoJson.WriteOptional(w, "loopStartTick", m.LoopStartTick);
                SessionInfoJson.WriteOptional(w, "loopEndTick", m.LoopEndTick);
                break;
            case Param m:
                w.WriteString("name", m.Name);
                w.WritePropertyName("value");
                WireValueJson.Write(w, m.Value);
                w.WriteNumber("atTick", m.AtTick);
                break;
            case Stats m:
                w.WriteNumber("ringDepth", m.RingDepth);
                w.WriteNumber("underruns", m.Underruns);
                w.WriteNumber("droppedFrames", m.DroppedFrames);
                w.WriteNumber("listeners", m.Listeners);
                w.WriteBoolean("sleeping", m.Sleeping);
                break;
            case Error m:
                w.WriteString("code", m.Code);
                w.WriteString("message", m.Message);
                if (m.RequestId is not null)
                {
                    w.WriteString("requestId", m.RequestId);
                }

                break;
            case Accepted m:
                w.WriteString("requestId", m.RequestId);
                SessionInfoJson.WriteOptional(w, "atTick", m.AtTick);
                break;
            case Closing m:
                w.WriteString("reason", m.Reason);
                break;
            case Moved m:
                w.WriteString("session", m.Session);
                w.WriteNumber("frame", m.Frame);
                w.WriteStartObject("state");
                SessionInfoJson.WriteFields(w, m.State);
                w.WriteEndObject();
                break;
            case Pong:
                break;
        }

        w.WriteEndObject();
    }
}
