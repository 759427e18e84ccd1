using System.Text.Json;
using Akka.Actor;
using Auralis.Engine.Persistence;
using Auralis.Engine.ReadSide;
using Auralis.Engine.Sessions;
using Auralis.Node.Security;
using Auralis.Protocol.Rest;

namespace Auralis.Node.Api;

/// <summary><c>GET /api/v1/sessions/{id}/events</c>: a session's history from its journal, with filters.</summary>
public static class HistoryEndpoints
{
    /// <summary>Maps the endpoint on the sessions' group.</summary>
    public static void Map(RouteGroupBuilder sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        sessions.MapGet("/{id}/events", EventsAsync).RequireRole(Role.Listener).Produces<SessionHistoryPage>();
    }

    private static Task<IResult> EventsAsync(string id, ActorSystem system, long? from, long? to, string? type, CancellationToken cancellationToken) =>
        SessionAsks.WithId(id, async sessionId =>
        {
            var events = await new SessionHistory(system).EventsAsync(sessionId, from ?? 1, to ?? long.MaxValue, cancellationToken).ConfigureAwait(false);
            if (events.Count == 0)
            {
                return Problems.For(new Rejection(Rejection.NotFound, $"The journal has no session '{sessionId}'."));
            }

            var rows = events
                .Select(e => new SessionEventRow(e.SequenceNr, SessionEventSerializer.ManifestOf(e.Event), e.Event.At,
                    JsonSerializer.SerializeToElement(e.Event, e.Event.GetType(), SessionEventSerializer.Options)))
                .Where(row => type is null || row.Type.StartsWith(type, StringComparison.Ordinal))
                .ToArray();
            return Results.Ok(new SessionHistoryPage(sessionId.Value, rows));
        });
}
