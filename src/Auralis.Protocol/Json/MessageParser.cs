using System.Text.Json;
using System.Text.Unicode;

namespace Auralis.Protocol.Json;

/// <summary>The checks every message shares before its own fields are read: UTF-8, one JSON object, a known string <c>type</c>.</summary>
internal static class MessageParser
{
    /// <summary>Messages are shallow; a tight depth limit refuses nesting attacks early.</summary>
    private const int MaxDepth = 16;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = false };

    /// <summary>Reads one message with <paramref name="readBody"/>, which answers null for a type it does not know.</summary>
    public static bool TryRead<T>(ReadOnlySpan<byte> utf8, Func<string, FieldReader, T?> readBody, string knownTypes, out T? message, out ProtocolError? error)
        where T : class
    {
        message = null;
        if (!Utf8.IsValid(utf8))
        {
            error = ProtocolError.MalformedJson("The message is not valid UTF-8.");
            return false;
        }

        if (!EscapedSurrogates.AreValid(utf8))
        {
            error = ProtocolError.MalformedJson("The message escapes a lone UTF-16 surrogate (\\uD800–\\uDFFF without its pair).");
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), Options);
        }
        catch (JsonException e)
        {
            error = ProtocolError.MalformedJson($"The message is not valid JSON: {e.Message}");
            return false;
        }

        using (document)
        {
            error = ReadRoot(document.RootElement, readBody, knownTypes, out message);
            return error is null;
        }
    }

    private static ProtocolError? ReadRoot<T>(JsonElement root, Func<string, FieldReader, T?> readBody, string knownTypes, out T? message)
        where T : class
    {
        message = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ProtocolError.MalformedJson($"A message is a JSON object, not {Describe(root.ValueKind)}.");
        }

        if (!root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind == JsonValueKind.Null)
        {
            return ProtocolError.MissingField("The field 'type' is missing: every message names its type.");
        }

        if (typeElement.ValueKind != JsonValueKind.String)
        {
            return ProtocolError.BadValue($"The field 'type' must be a string, not {Describe(typeElement.ValueKind)}.");
        }

        var type = typeElement.GetString()!;
        var fields = new FieldReader(root, type);
        message = readBody(type, fields);
        if (message is null)
        {
            return ProtocolError.UnknownType($"'{Shorten(type)}' is not a message type here; known types are {knownTypes}.");
        }

        if (fields.Error is { } error)
        {
            message = null;
            return error;
        }

        return null;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
