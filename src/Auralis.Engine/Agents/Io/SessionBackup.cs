using System.Text.Json;
using System.Text.Json.Nodes;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Agents.Io;

/// <summary>A whole session as a JSON backup: its events in journal order, each under its journal manifest, so a backup reads as the journal does.</summary>
/// <remarks>
/// <c>{"format": "auralis-session-backup.v1", "session": "demo", "events": [{"manifest": "session-created.v1", "event": {…}}, …]}</c>.
/// Reading a backup checks everything before anything is persisted: the format, that it starts with the session's creation,
/// that every manifest is known and every event reads, and that the session was not deleted.
/// </remarks>
public static class SessionBackup
{
    /// <summary>The format marker of a backup.</summary>
    public const string Format = "auralis-session-backup.v1";

    /// <summary>The backup of session <paramref name="id"/> with <paramref name="events"/> (oldest first).</summary>
    public static byte[] Write(SessionId id, IReadOnlyList<ISessionEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var rows = new JsonArray();
        foreach (var sessionEvent in events)
        {
            rows.Add(new JsonObject
            {
                ["manifest"] = SessionEventSerializer.Manifests[sessionEvent.GetType()],
                ["event"] = JsonSerializer.SerializeToNode(sessionEvent, sessionEvent.GetType(), SessionEventSerializer.Options),
            });
        }

        var document = new JsonObject { ["format"] = Format, ["session"] = id.Value, ["events"] = rows };
        return JsonSerializer.SerializeToUtf8Bytes(document, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The events of the backup in <paramref name="json"/>, re-addressed to session <paramref name="into"/>; a <see cref="FormatException"/> says what is wrong.</summary>
    public static IReadOnlyList<ISessionEvent> Read(ReadOnlySpan<byte> json, SessionId into)
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

        var types = SessionEventSerializer.Manifests.Where(m => typeof(ISessionEvent).IsAssignableFrom(m.Key)).ToDictionary(m => m.Value, m => m.Key);
        var events = new List<ISessionEvent>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not JsonObject row || row["manifest"]?.GetValueKind() != JsonValueKind.String || row["event"] is not JsonObject payload)
            {
                throw new FormatException($"Event {i + 1} of the backup needs a \"manifest\" string and an \"event\" object.");
            }

            var manifest = (string)row["manifest"]!;
            if (!types.TryGetValue(manifest, out var type))
            {
                throw new FormatException($"Event {i + 1} of the backup has the unknown manifest '{manifest}'.");
            }

            var copy = (JsonObject)payload.DeepClone();
            copy["sessionId"] = into.Value;
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

        return events;
    }
}
