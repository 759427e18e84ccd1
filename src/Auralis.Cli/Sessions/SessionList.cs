using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Auralis.Cli.Sessions;

/// <summary>
/// Reads the node's <c>GET /api/v1/sessions</c> answer and lays it out as a table. Reading is tolerant: a missing or
/// oddly typed field shows as "-" rather than failing the listing, so an older or newer node still lists.
/// </summary>
public static class SessionList
{
    /// <summary>The rows of <c>{"sessions":[…]}</c> (a bare array is accepted too); JSON of another shape is a <see cref="CliFailure"/>.</summary>
    public static IReadOnlyList<SessionRow> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new CliFailure($"the node's session list is not JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("sessions", out var sessions) ? sessions : root;
            if (items.ValueKind != JsonValueKind.Array)
            {
                throw new CliFailure("the node's session list has no \"sessions\" array");
            }

            return items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(Row).ToArray();
        }
    }

    /// <summary>The table: a header, then one row per session, columns padded to their widest cell.</summary>
    public static string Format(IReadOnlyList<SessionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return "no sessions\n";
        }

        var cells = new List<string[]> { new[] { "ID", "NAME", "KEY", "MODE", "BPM", "PLAYING", "LISTENERS" } };
        cells.AddRange(rows.Select(r => new[]
        {
            r.Id, r.Name, r.Key, r.Mode, r.Bpm, r.Playing switch { true => "yes", false => "no", null => "-" },
            r.Listeners?.ToString(CultureInfo.InvariantCulture) ?? "-",
        }));
        var widths = Enumerable.Range(0, 7).Select(c => cells.Max(row => row[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in cells)
        {
            text.AppendJoin("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]))).Append('\n');
        }

        return text.ToString();
    }

    private static SessionRow Row(JsonElement item)
    {
        var parameters = item.TryGetProperty("parameters", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        bool? playing = item.TryGetProperty("transport", out var t) && t.ValueKind == JsonValueKind.Object
            && t.TryGetProperty("playing", out var pl) && pl.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? pl.GetBoolean()
                : null;
        int? listeners = item.TryGetProperty("listeners", out var l) && l.ValueKind == JsonValueKind.Number && l.TryGetInt32(out var count)
            ? count
            : null;
        return new SessionRow(Text(item, "id"), Text(item, "name"), Text(parameters, "key"), Text(parameters, "mode"), Text(parameters, "bpm"),
            playing, listeners);
    }

    private static string Text(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return "-";
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s : "-",
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => "-",
        };
    }
}
