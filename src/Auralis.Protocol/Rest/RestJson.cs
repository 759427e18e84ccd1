using System.Text.Json;

namespace Auralis.Protocol.Rest;

/// <summary>How the REST answers are written and read: ASP.NET Core's web defaults (camelCase names, numbers as numbers).</summary>
public static class RestJson
{
    /// <summary>The options the node's minimal APIs use for these records, and that a client reads them back with.</summary>
    /// <remarks>Reading is strict: a field the record requires must be there, and not null unless the record allows it.</remarks>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Reads <paramref name="json"/> as a <typeparamref name="T"/>.</summary>
    /// <exception cref="JsonException">The text is not JSON, or not of that shape.</exception>
    public static T Read<T>(string json) where T : class =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Expected a {typeof(T).Name}, got null.");
}
