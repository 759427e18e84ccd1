using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Auralis.Cli.Sessions;

/// <summary>Turns a failed HTTP answer into one line: the RFC 7807 problem's detail (or title) when the body is one, else the status.</summary>
public static class ProblemDetails
{
    /// <summary>The line for an answer with <paramref name="status"/> and <paramref name="body"/>.</summary>
    public static string Describe(HttpStatusCode status, string? body)
    {
        var code = string.Create(CultureInfo.InvariantCulture, $"{(int)status} {status}");
        if (string.IsNullOrWhiteSpace(body))
        {
            return $"the node answered {code}";
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var detail = Field(root, "detail") ?? Field(root, "title");
                if (detail is not null)
                {
                    return $"the node answered {code}: {detail}";
                }
            }
        }
        catch (JsonException)
        {
            // Not a problem document (a proxy's HTML page, say): the status alone says enough.
        }

        return $"the node answered {code}";
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
