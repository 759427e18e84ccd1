using System.Text;
using System.Text.Json;
using Auralis.Engine.Sessions;
using Auralis.Market.Series;
using Auralis.Node.Hosting;
using Auralis.Node.Security;
using Auralis.Protocol.Rest;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Node.Api;

/// <summary><c>POST /api/v1/sessions/{id}/prices</c>: external prices, one, a batch, or a CSV of date,price.</summary>
public static class PriceEndpoints
{
    /// <summary>Maps the endpoint on the sessions' group.</summary>
    public static void Map(RouteGroupBuilder sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        sessions.MapPost("/{id}/prices", PricesAsync).RequireRole(Role.Performer).Produces<PricesAccepted>();
    }

    private static Task<IResult> PricesAsync(string id, HttpRequest request, SessionGateway gateway) => SessionAsks.WithId(id, async sessionId =>
    {
        var token = request.HttpContext.RequestAborted;
        var (key, keyProblem) = IdempotencyKeys.Read(request);
        if (keyProblem is not null)
        {
            return keyProblem;
        }

        IReadOnlyList<double> prices;
        if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(token).ConfigureAwait(false);
            try
            {
                prices = PriceSeriesReader.Parse(text, sessionId.Value).Prices;
            }
            catch (FormatException e)
            {
                return Problems.BadRequest(e.Message);
            }
        }
        else
        {
            var (body, error) = await RequestBodies.ReadObjectAsync(request).ConfigureAwait(false);
            if (error is not null)
            {
                return Problems.BadRequest(error);
            }

            prices = body.TryGetProperty("price", out var one) && one.ValueKind == JsonValueKind.Number ? [one.GetDouble()]
                : body.TryGetProperty("prices", out var many) && many.ValueKind == JsonValueKind.Array && many.EnumerateArray().All(p => p.ValueKind == JsonValueKind.Number)
                    ? many.EnumerateArray().Select(p => p.GetDouble()).ToArray()
                    : [];
            if (prices.Count == 0)
            {
                return Problems.BadRequest("Send {\"price\": 101.5}, {\"prices\": [..]} or a CSV (text/csv) of date,price.");
            }
        }

        // Checked before any is sent, so a bad price in a batch leaves the session untouched.
        var invalid = prices.Where(p => !double.IsFinite(p) || p <= 0).Take(1).ToArray();
        if (invalid.Length > 0)
        {
            return Problems.BadRequest($"A price must be a positive number; {invalid[0]} is not.");
        }

        var (pace, paceError) = PriceBatches.PaceOf(request.Query);
        if (paceError is not null)
        {
            return Problems.BadRequest(paceError);
        }

        // One price is heard at the next step; a batch is one event, all or nothing, heard as a series at the pace asked.
        IWithSessionId command = prices.Count == 1 ? new ObservePrice(sessionId, prices[0], key) : new ObservePrices(sessionId, prices, pace, key);
        var answer = await gateway.AskAsync<CommandAccepted>(command, token).ConfigureAwait(false);
        if (answer.Value is not { } accepted)
        {
            return Problems.For(answer);
        }

        var stepsPerPrice = accepted.Events.OfType<SessionEvents.PriceSeriesScheduled>().FirstOrDefault()?.StepsPerPrice ?? 1;
        return Results.Ok(new PricesAccepted(sessionId.Value, prices.Count, accepted.AtTick, stepsPerPrice));
    });
}
