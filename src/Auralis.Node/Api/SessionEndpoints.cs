using System.Text;
using System.Text.Json;
using Akka.Actor;
using Auralis.Engine.Agents;
using Auralis.Engine.ReadSide;
using Auralis.Engine.Sessions;
using Auralis.Market.Series;
using Auralis.Node.Hosting;
using Auralis.Node.Security;
using Auralis.Node.Streaming;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Node.Api;

/// <summary>The REST face of sessions under <c>/api/v1/sessions</c>: list, create, read, steer, delete, history and prices (offline renders: <see cref="RenderEndpoints"/>).</summary>
public static class SessionEndpoints
{
    private static readonly string[] CreateFields = ["id", "name", "seed", "play"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/sessions").WithTags("sessions");
        group.MapGet("/", ListAsync).RequireRole(Role.Listener);
        group.MapPost("/", CreateAsync).RequireRole(Role.Admin);
        group.MapGet("/{id}", GetAsync).RequireRole(Role.Listener);
        group.MapPatch("/{id}", PatchAsync).RequireRole(Role.Performer);
        group.MapPost("/{id}/transport", TransportAsync).RequireRole(Role.Performer);
        group.MapDelete("/{id}", DeleteAsync).RequireRole(Role.Admin);
        group.MapGet("/{id}/events", EventsAsync).RequireRole(Role.Listener);
        group.MapPost("/{id}/prices", PricesAsync).RequireRole(Role.Performer);
        return app;
    }

    private static async Task<IResult> ListAsync(ActorSystem system, string? name, bool? playing, CancellationToken cancellationToken)
    {
        var history = new SessionHistory(system);
        var sessions = new List<Protocol.Messages.SessionInfo>();
        foreach (var id in await history.SessionIdsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await history.StateAsync(id, cancellationToken).ConfigureAwait(false) is { Exists: true } state
                && (name is null || state.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
                && (playing is null || state.Transport.Playing == playing))
            {
                sessions.Add(WireMapping.Info(state));
            }
        }

        return Results.Ok(new { sessions });
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, SessionGateway gateway)
    {
        var (body, error) = await RequestBodies.ReadObjectAsync(request).ConfigureAwait(false);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        var idText = RequestBodies.Text(body, "id") ?? NewId();
        if (!SessionId.IsValid(idText))
        {
            return Problems.BadRequest($"'{idText}' is not a session id: use 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit.");
        }

        var (seed, seedError) = RequestBodies.Seed(body);
        var (parameters, parameterError) = RequestBodies.Parameters(body, CreateFields);
        if ((seedError ?? parameterError) is { } bad)
        {
            return Problems.BadRequest(bad);
        }

        var play = !body.TryGetProperty("play", out var playField) || playField.ValueKind != JsonValueKind.False;
        var id = new SessionId(idText);
        var answer = await gateway.AskAsync(new CreateSession(id, RequestBodies.Text(body, "name") ?? idText, seed, parameters, play), request.HttpContext.RequestAborted)
            .ConfigureAwait(false);
        if (answer is not CommandAccepted)
        {
            return Problems.Unexpected(answer);
        }

        return await ViewAsync(gateway, id, request.HttpContext.RequestAborted, created: true).ConfigureAwait(false);
    }

    private static Task<IResult> GetAsync(string id, SessionGateway gateway, CancellationToken cancellationToken) =>
        WithId(id, sessionId => ViewAsync(gateway, sessionId, cancellationToken));

    private static Task<IResult> PatchAsync(string id, HttpRequest request, SessionGateway gateway) => WithId(id, async sessionId =>
    {
        var (body, error) = await RequestBodies.ReadObjectAsync(request).ConfigureAwait(false);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        var token = request.HttpContext.RequestAborted;
        if (RequestBodies.Text(body, "name") is { } name)
        {
            var renamed = await gateway.AskAsync(new RenameSession(sessionId, name), token).ConfigureAwait(false);
            if (renamed is not CommandAccepted)
            {
                return Problems.Unexpected(renamed);
            }
        }

        var (values, parameterError) = RequestBodies.Parameters(body, "name");
        if (parameterError is not null)
        {
            return Problems.BadRequest(parameterError);
        }

        if (values.Count == 0)
        {
            return await ViewAsync(gateway, sessionId, token).ConfigureAwait(false);
        }

        var answer = await gateway.AskAsync(new ChangeParameters(sessionId, values), token).ConfigureAwait(false);
        return answer is CommandAccepted accepted
            ? Results.Ok(new { session = sessionId.Value, atTick = accepted.AtTick, atStep = accepted.Events.OfType<ITimedInput>().FirstOrDefault()?.AtStep, values = values.ToDictionary(v => v.Key, v => WireMapping.Wire(v.Value)) })
            : Problems.Unexpected(answer);
    });

    private static Task<IResult> TransportAsync(string id, HttpRequest request, SessionGateway gateway) => WithId(id, async sessionId =>
    {
        var (body, error) = await RequestBodies.ReadObjectAsync(request).ConfigureAwait(false);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        var word = RequestBodies.Text(body, "command");
        if (!Enum.TryParse<TransportCommand>(word, ignoreCase: true, out var command) || !Enum.IsDefined(command))
        {
            return Problems.BadRequest($"command must be play, stop, seek, loop or clearLoop, not '{word}'.");
        }

        var (tick, tickError) = RequestBodies.Integer(body, "tick");
        var (start, startError) = RequestBodies.Integer(body, "startTick");
        var (end, endError) = RequestBodies.Integer(body, "endTick");
        if ((tickError ?? startError ?? endError) is { } bad)
        {
            return Problems.BadRequest(bad);
        }

        var answer = await gateway.AskAsync(new ChangeTransport(sessionId, command, tick, start, end), request.HttpContext.RequestAborted).ConfigureAwait(false);
        return answer is CommandAccepted accepted
            ? Results.Ok(new { session = sessionId.Value, command = word, atTick = accepted.AtTick })
            : Problems.Unexpected(answer);
    });

    private static Task<IResult> DeleteAsync(string id, SessionGateway gateway, CancellationToken cancellationToken) => WithId(id, async sessionId =>
    {
        var answer = await gateway.AskAsync(new DeleteSession(sessionId), cancellationToken).ConfigureAwait(false);
        return answer is CommandAccepted ? Results.NoContent() : Problems.Unexpected(answer);
    });

    private static Task<IResult> EventsAsync(string id, ActorSystem system, long? from, long? to, string? type, CancellationToken cancellationToken) =>
        WithId(id, async sessionId =>
        {
            var events = await new SessionHistory(system).EventsAsync(sessionId, from ?? 1, to ?? long.MaxValue, cancellationToken).ConfigureAwait(false);
            if (events.Count == 0)
            {
                return Problems.For(new Rejection(Rejection.NotFound, $"The journal has no session '{sessionId}'."));
            }

            var manifests = Engine.Persistence.SessionEventSerializer.Manifests;
            var rows = events
                .Select(e => new { sequenceNr = e.SequenceNr, type = manifests[e.Event.GetType()], at = e.Event.At, @event = JsonSerializer.SerializeToElement(e.Event, e.Event.GetType(), Engine.Persistence.SessionEventSerializer.Options) })
                .Where(row => type is null || row.type.StartsWith(type, StringComparison.Ordinal))
                .ToArray();
            return Results.Ok(new { session = sessionId.Value, events = rows });
        });

    private static Task<IResult> PricesAsync(string id, HttpRequest request, SessionGateway gateway) => WithId(id, async sessionId =>
    {
        var token = request.HttpContext.RequestAborted;
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
        IWithSessionId command = prices.Count == 1 ? new ObservePrice(sessionId, prices[0]) : new AgentCommands.ObservePrices(sessionId, prices, pace);
        var answer = await gateway.AskAsync(command, token).ConfigureAwait(false);
        if (answer is not CommandAccepted accepted)
        {
            return Problems.Unexpected(answer);
        }

        var stepsPerPrice = accepted.Events.OfType<SessionEvents.PriceSeriesScheduled>().FirstOrDefault()?.StepsPerPrice ?? 1;
        return Results.Ok(new { session = sessionId.Value, accepted = prices.Count, atTick = accepted.AtTick, beatsPerPrice = stepsPerPrice });
    });

    private static async Task<IResult> ViewAsync(SessionGateway gateway, SessionId id, CancellationToken cancellationToken, bool created = false)
    {
        var answer = await gateway.AskAsync(new GetSession(id), cancellationToken).ConfigureAwait(false);
        if (answer is not SessionView view)
        {
            return Problems.Unexpected(answer);
        }

        // The protocol's SessionInfo, plus where in the cluster the session lives.
        var body = JsonSerializer.SerializeToNode(WireMapping.Info(view), Json)!.AsObject();
        body["node"] = view.Node;
        body["state"] = view.Failure is null ? "running" : "failed";
        if (view.Failure is not null)
        {
            body["failure"] = view.Failure;
        }

        return created ? Results.Created($"/api/v1/sessions/{id}", body) : Results.Ok(body);
    }

    private static async Task<IResult> WithId(string id, Func<SessionId, Task<IResult>> handle)
    {
        if (!SessionId.IsValid(id))
        {
            return Problems.For(new Rejection(Rejection.NotFound, $"'{id}' is not a session id."));
        }

        try
        {
            return await handle(new SessionId(id)).ConfigureAwait(false);
        }
        catch (AskTimeoutException)
        {
            return Problems.Timeout(new SessionId(id));
        }
    }

    private static string NewId() => "s-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));
}
