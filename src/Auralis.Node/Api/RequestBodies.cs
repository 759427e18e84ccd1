using System.Globalization;
using System.Text.Json;
using Auralis.Engine.Sessions;

namespace Auralis.Node.Api;

/// <summary>Reads the JSON bodies of the session endpoints: a few named fields, and every other field as a session parameter.</summary>
public static class RequestBodies
{
    /// <summary>The body as a JSON object, or the reason it is not one.</summary>
    public static async Task<(JsonElement Body, string? Error)> ReadObjectAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (document.RootElement.Clone(), null)
                : (default, "The body must be a JSON object.");
        }
        catch (JsonException e)
        {
            return (default, $"The body is not valid JSON: {e.Message}");
        }
    }

    /// <summary>
    /// The parameters in <paramref name="body"/>: those of a nested <c>parameters</c> object and every top-level field not
    /// in <paramref name="reserved"/> (so <c>{"bpm": 120}</c> and <c>{"parameters": {"bpm": 120}}</c> say the same).
    /// </summary>
    public static (Dictionary<string, ParameterValue> Values, string? Error) Parameters(JsonElement body, params string[] reserved)
    {
        var values = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        foreach (var property in body.EnumerateObject())
        {
            if (property.NameEquals("parameters") && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var nested in property.Value.EnumerateObject())
                {
                    var (value, error) = Value(nested);
                    if (error is not null)
                    {
                        return (values, error);
                    }

                    values[nested.Name] = value;
                }
            }
            else if (!reserved.Contains(property.Name, StringComparer.Ordinal) && !property.NameEquals("parameters"))
            {
                var (value, error) = Value(property);
                if (error is not null)
                {
                    return (values, error);
                }

                values[property.Name] = value;
            }
        }

        return (values, null);
    }

    /// <summary>A string field, or null when absent.</summary>
    public static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>An integer field, or null when absent; a field of another kind is an error.</summary>
    public static (long? Value, string? Error) Integer(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? (number, null)
            : (null, $"{name} must be a whole number.");
    }

    /// <summary>A seed: a whole number from 0 to 2^64-1, as a JSON number or a decimal string (JavaScript cannot hold every seed as a number).</summary>
    public static (ulong? Value, string? Error) Seed(JsonElement body)
    {
        if (!body.TryGetProperty("seed", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var number))
        {
            return (number, null);
        }

        return value.ValueKind == JsonValueKind.String && ulong.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? (parsed, null)
            : (null, "seed must be a whole number from 0 to 18446744073709551615.");
    }

    private static (ParameterValue Value, string? Error) Value(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.Number => (ParameterValue.Of(property.Value.GetDouble()), null),
        JsonValueKind.String => (ParameterValue.Of(property.Value.GetString()!), null),
        _ => (default, $"{property.Name} must be a number or a string."),
    };
}
