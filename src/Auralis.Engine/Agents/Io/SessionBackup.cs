using System.Text.Json;
using System.Text.Json.Nodes;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Agents.Io;

/// <summary>A whole session as a JSON backup: its events in journal order, each under its journal manifest, so a backup reads as the journal does.</summary>
/// <remarks>
/// <c>{"format": "auralis-session-backup.v1", "session": "demo", "events": [{"manifest": "session-created.v1", "event": {…}}, …],
/// "samples": [{"sha256": "…", "wav": "base64…"}]}</c>.
/// A backup carries no server paths: a <c>sample-added.v1</c> event is written without its <c>path</c>, and the sample's bytes
/// travel in <c>samples</c>, named by their hash; a path found in a backup is never read (the importer stores the bytes itself).
/// Reading a backup checks its shape before anything is persisted: the format, that it starts with the session's creation,
/// that every manifest is known and every event reads, and that the session was not deleted; the values are checked when the
/// session restores it (<see cref="SessionState.Process"/>).
/// </remarks>
public static class SessionBackup
{
    /// <summary>The format marker of a backup.</summary>
    public const string Format = "auralis-session-backup.v1";

    private const string PathField = "path";

    /// <summary>
    /// The backup of session <paramref name="id"/> with <paramref name="events"/> (oldest first) and the bytes of its samples,
    /// by SHA-256 (a sample whose bytes are missing is left out, and the backup will not import until they are given).
    /// </summary>
    public static byte[] Write(SessionId id, IReadOnlyList<ISessionEvent> events, IReadOnlyDictionary<string, byte[]>? samples = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var rows = new JsonArray();
        foreach (var sessionEvent in events)
        {
            var payload = JsonSerializer.SerializeToNode(sessionEvent, sessionEvent.GetType(), SessionEventSerializer.Options)!.AsObject();
            payload.Remove(PathField);
            rows.Add(new JsonObject { ["manifest"] = SessionEventSerializer.ManifestOf(sessionEvent), ["event"] = payload });
        }

        var contents = new JsonArray();
        foreach (var (sha256, wav) in samples ?? new Dictionary<string, byte[]>())
        {
            contents.Add(new JsonObject { ["sha256"] = sha256, ["wav"] = Convert.ToBase64String(wav) });
        }

        var document = new JsonObject { ["format"] = Format, ["session"] = id.Value, ["events"] = rows, ["samples"] = contents };
        return JsonSerializer.SerializeToUtf8Bytes(document, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>
    /// The events of the backup in <paramref name="json"/>, re-addressed to session <paramref name="into"/>, with the sample bytes
    /// it carries by SHA-256; every sample's path is empty. A <see cref="FormatException"/> says what is wrong.
    /// </summary>
    public static BackupContents Read(ReadOnlySpan<byte> json, SessionId into)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"The backup is not valid JSON: {e.Message}", e);
        }

        if (root is not JsonObject document || document["format"]?.GetValueKind() != JsonValueKind.String || (string?)document["format"] != Format)
        {
            throw new FormatException($"The backup must be a JSON object with \"format\": \"{Format}\".");
        }

        if (document["events"] is not JsonArray rows || rows.Count == 0)
        {
            throw new FormatException("The backup has no \"events\" array, or it is empty.");
        }

        var events = new List<ISessionEvent>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not JsonObject row || row["manifest"]?.GetValueKind() != JsonValueKind.String || row["event"] is not JsonObject payload)
            {
                throw new FormatException($"Event {i + 1} of the backup needs a \"manifest\" string and an \"event\" object.");
            }

            var manifest = (string)row["manifest"]!;
            if (!SessionEventSerializer.TryGetType(manifest, out var type) || !typeof(ISessionEvent).IsAssignableFrom(type))
            {
                throw new FormatException($"Event {i + 1} of the backup has the unknown manifest '{manifest}'.");
            }

            var copy = (JsonObject)payload.DeepClone();
            copy["sessionId"] = into.Value;
            if (type == typeof(SessionEvents.SampleAdded))
            {
                // Where the exporting node kept the file is none of this node's business, and reading it would read any file.
                copy[PathField] = string.Empty;
            }

            ISessionEvent sessionEvent;
            try
            {
                sessionEvent = copy.Deserialize(type, SessionEventSerializer.Options) as ISessionEvent
                    ?? throw new FormatException($"Event {i + 1} of the backup ({manifest}) is empty.");
            }
            catch (JsonException e)
            {
                throw new FormatException($"Event {i + 1} of the backup ({manifest}) does not read: {e.Message}", e);
            }

            if (i == 0 && sessionEvent is not SessionCreated)
            {
                throw new FormatException($"A backup starts with the session's creation (session-created.v1), not {manifest}.");
            }

            if (i > 0 && sessionEvent is SessionCreated)
            {
                throw new FormatException($"Event {i + 1} of the backup creates the session a second time.");
            }

            if (sessionEvent is SessionDeleted)
            {
                throw new FormatException($"Event {i + 1} of the backup deletes the session; a deleted session cannot be restored.");
            }

            events.Add(sessionEvent);
        }

        return new BackupContents(events, ReadSamples(document));
    }

    private static Dictionary<string, byte[]> ReadSamples(JsonObject document)
    {
        var samples = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (document["samples"] is null)
        {
            return samples;
        }

        if (document["samples"] is not JsonArray rows)
        {
            throw new FormatException("The backup's \"samples\" must be an array of {\"sha256\", \"wav\"} objects.");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not JsonObject row || row["sha256"]?.GetValueKind() != JsonValueKind.String || row["wav"]?.GetValueKind() != JsonValueKind.String)
            {
                throw new FormatException($"Sample {i + 1} of the backup needs a \"sha256\" string and a \"wav\" string (base64).");
            }

            try
            {
                samples[((string)row["sha256"]!).ToLowerInvariant()] = Convert.FromBase64String((string)row["wav"]!);
            }
            catch (FormatException)
            {
                throw new FormatException($"Sample {i + 1} of the backup is not base64.");
            }
        }

        return samples;
    }
}

