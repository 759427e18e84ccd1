using System.Text.Json;

namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>GET /api/v1/sessions/{id}/events</c>: the session's journal, event by event.</summary>
/// <param name="Session">The session's id.</param>
/// <param name="Events">The events, oldest first.</param>
public sealed record SessionHistoryPage(string Session, IReadOnlyList<SessionEventRow> Events);

/// <summary>One event of a session's journal.</summary>
/// <param name="SequenceNr">Its place in the journal, from 1.</param>
/// <param name="Type">Its stable manifest, such as <c>parameters-changed.v1</c>.</param>
/// <param name="At">When it happened.</param>
/// <param name="Event">The event as the journal holds it.</param>
public sealed record SessionEventRow(long SequenceNr, string Type, DateTimeOffset At, JsonElement Event);
