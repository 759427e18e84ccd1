using System.Text.Json;
using System.Text.Json.Serialization;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Persistence;

/// <summary>Writes an event inside another document (a snapshot's inputs) as <c>{"manifest": …, "event": {…}}</c>, the journal's own manifests.</summary>
internal sealed class SessionEventJsonConverter(IReadOnlyDictionary<Type, string> manifests, IReadOnlyDictionary<string, Type> types)
    : JsonConverter<ISessionEvent>
{
    /// <inheritdoc />
    public override ISessionEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("manifest", out var manifest)
            || manifest.GetString() is not { } name
            || !types.TryGetValue(name, out var type)
            || !root.TryGetProperty("event", out var payload))
        {
            throw new JsonException("An embedded session event needs a known \"manifest\" and an \"event\".");
        }

        return payload.Deserialize(type, options) as ISessionEvent ?? throw new JsonException($"The embedded '{name}' is empty.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ISessionEvent value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("manifest", manifests[value.GetType()]);
        writer.WritePropertyName("event");
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
        writer.WriteEndObject();
    }
}
