using System.Text.Json;
using System.Text.Json.Serialization;

namespace Auralis.Protocol.Messages;

/// <summary>Reads and writes a <see cref="WireValue"/> as a bare JSON number or string, for code that uses <see cref="JsonSerializer"/>.</summary>
public sealed class WireValueJsonConverter : JsonConverter<WireValue>
{
    /// <inheritdoc />
    public override WireValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetDouble(out var number) && double.IsFinite(number) => WireValue.Of(number),
        JsonTokenType.Number => throw new JsonException("A wire value must be a finite number."),
        JsonTokenType.String => WireValue.Of(reader.GetString()!),
        _ => throw new JsonException($"A wire value is a number or a string, not {reader.TokenType}."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, WireValue value, JsonSerializerOptions options) => WireValueJson.Write(writer, value);
}

/// <summary>The one place that writes a <see cref="WireValue"/>.</summary>
internal static class WireValueJson
{
    public static void Write(Utf8JsonWriter writer, WireValue value)
    {
        if (value.Text is { } text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            writer.WriteNumberValue(value.Number!.Value);
        }
    }
}
