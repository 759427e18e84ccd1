using System.Text.Json;
using Auralis.Protocol.Messages;

namespace Auralis.Protocol.Json;

/// <summary>Reads and writes the fields of a <see cref="SessionInfo"/>, at the top level of <c>session</c> or inside <c>welcome.state</c>.</summary>
internal static class SessionInfoJson
{
    public static SessionInfo Read(FieldReader fields) => new(
        fields.Text("id"),
        fields.Text("name", allowEmpty: true),
        fields.UnsignedInteger("seed"),
        fields.ValueMap("parameters"),
        ReadTransport(fields.Child("transport")),
        ReadPosition(fields.Child("position")),
        fields.Int32("listeners", 0),
        fields.Instant("createdAt"),
        fields.Instant("updatedAt"));

    public static void WriteFields(Utf8JsonWriter writer, SessionInfo info)
    {
        writer.WriteString("id", info.Id);
        writer.WriteString("name", info.Name);
        writer.WriteNumber("seed", info.Seed);
        writer.WriteStartObject("parameters");
        foreach (var (name, value) in info.Parameters)
        {
            writer.WritePropertyName(name);
            WireValueJson.Write(writer, value);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("transport");
        writer.WriteBoolean("playing", info.Transport.Playing);
        WriteOptional(writer, "loopStartTick", info.Transport.LoopStartTick);
        WriteOptional(writer, "loopEndTick", info.Transport.LoopEndTick);
        writer.WriteEndObject();
        writer.WriteStartObject("position");
        writer.WriteNumber("bar", info.Position.Bar);
        writer.WriteNumber("beat", info.Position.Beat);
        writer.WriteNumber("tick", info.Position.Tick);
        writer.WriteEndObject();
        writer.WriteNumber("listeners", info.Listeners);
        writer.WriteString("createdAt", info.CreatedAt);
        writer.WriteString("updatedAt", info.UpdatedAt);
    }

    public static void WriteOptional(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static TransportInfo ReadTransport(FieldReader fields) =>
        new(fields.Boolean("playing"), fields.OptionalInteger("loopStartTick", 0), fields.OptionalInteger("loopEndTick", 0));

    private static PositionInfo ReadPosition(FieldReader fields) => new(fields.Integer("bar", 0), fields.Int32("beat", 0), fields.Integer("tick", 0));
}
