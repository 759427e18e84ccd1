namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>POST /api/v1/sessions/import</c>: the new session and how many events it was restored from.</summary>
/// <param name="Session">The session's id.</param>
/// <param name="Events">How many events the backup held.</param>
public sealed record SessionImported(string Session, int Events);
