using System.Text.Json;
using System.Text.Json.Serialization;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Persistence;

/// <summary>Writes a <see cref="SessionId"/> as its text.</summary>
public sealed class SessionIdJsonConverter : JsonConverter<SessionId>
{
    /// <inheritdoc />
    public override SessionId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("A session id must be a string."));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SessionId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

/// <summary>Writes a <see cref="ParameterValue"/> as a bare JSON number or string, as listeners send it.</summary>
public sealed class ParameterValueJsonConverter : JsonConverter<ParameterValue>
{
    /// <inheritdoc />
    public override ParameterValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => ParameterValue.Of(reader.GetDouble()),
        JsonTokenType.String => ParameterValue.Of(reader.GetString()!),
        JsonTokenType.True => ParameterValue.Of(1),
        JsonTokenType.False => ParameterValue.Of(0),
        _ => throw new JsonException($"A parameter value is a number or a string, not {reader.TokenType}."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ParameterValue value, JsonSerializerOptions options)
    {
        if (value.Number is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }
    }
}
