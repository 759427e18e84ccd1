using System.Globalization;
using System.Text.Json;
using Auralis.Engine.Listeners;
using Auralis.Node.Hosting;
using Auralis.Node.Security;
using Auralis.Node.Streaming;
using Auralis.Protocol.Json;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Node.Api;

/// <summary>
/// <c>GET /api/v1/sessions/{id}/recent?seconds=N</c>: the last N seconds (default 120, at most 300) of what a session
/// composed — its <c>note</c>, <c>chord</c>, <c>price</c> and <c>trade</c> messages exactly as the wire protocol sends
/// them — so that a client opening the session draws its recent prices, regimes and notes at once.
/// </summary>
public static class RecentEndpoints
{
    /// <summary>The seconds of history given when the request names none.</summary>
    public const double DefaultSeconds = 120;

    /// <summary>Maps the endpoint on the sessions' group.</summary>
    public static void Map(RouteGroupBuilder sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        sessions.MapGet("/{id}/recent", RecentAsync).RequireRole(Role.Listener);
    }

    private static Task<IResult> RecentAsync(string id, string? seconds, SessionGateway gateway, CancellationToken cancellationToken)
    {
        var span = DefaultSeconds;
        if (seconds is not null
            && (!double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out span) || !double.IsFinite(span) || span <= 0
                || span > Engine.Live.RecentOutputs.MaxSeconds))
        {
            return Task.FromResult(Problems.BadRequest(
                string.Create(CultureInfo.InvariantCulture, $"seconds must be a number greater than 0 and at most {Engine.Live.RecentOutputs.MaxSeconds}, not '{seconds}'.")));
        }

        return SessionAsks.Ask<RecentView>(id, gateway, sessionId => new GetRecent(sessionId, span), recent => Results.Bytes(Body(recent, span), "application/json"),
            cancellationToken);
    }

    // The messages are written by the protocol's own serializer, so they are byte for byte what a connection sends.
    private static byte[] Body(RecentView recent, double seconds)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("session", recent.SessionId.Value);
            json.WriteNumber("seconds", seconds);
            json.WriteStartArray("messages");
            foreach (var output in recent.Outputs)
            {
                if (WireMapping.ToWire(output) is { } message)
                {
                    json.WriteRawValue(ProtocolJson.Write(message), skipInputValidation: true);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
