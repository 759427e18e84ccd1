using System.Text.Json;
using System.Text.Json.Serialization;

namespace Auralis.Engine.Remoting;

/// <summary>
/// Writes a value of an interface type inside another document as <c>{"manifest": …, "value": {…}}</c> (or another name
/// for the value), so lists of mixed records round-trip under the same stable manifests as the records themselves.
/// </summary>
/// <remarks>Manifests of older versions in <c>older</c> are read (into today's types) but never written.</remarks>
internal sealed class ManifestJsonConverter<TBase>(IReadOnlyDictionary<Type, string> manifests, string valueName = "value",
    IReadOnlyDictionary<string, Type>? older = null) : JsonConverter<TBase>
    where TBase : class
{
    private readonly Dictionary<string, Type> _types =
        manifests.ToDictionary(pair => pair.Value, pair => pair.Key).Concat(older ?? new Dictionary<string, Type>()).ToDictionary();

    /// <inheritdoc />
    public override TBase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("manifest", out var manifest)
            || manifest.GetString() is not { } name
            || !_types.TryGetValue(name, out var type)
            || !root.TryGetProperty(valueName, out var payload))
        {
            throw new JsonException($"An embedded {typeof(TBase).Name} needs a known \"manifest\" and a \"{valueName}\".");
        }

        return payload.Deserialize(type, options) as TBase ?? throw new JsonException($"The embedded '{name}' is empty.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("manifest", manifests[value.GetType()]);
        writer.WritePropertyName(valueName);
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
        writer.WriteEndObject();
    }
}
