using System.Text.Json;
using Akka.Actor;
using Auralis.Engine.ReadSide;
using Auralis.Engine.Sessions;
using Auralis.Node.Hosting;
using Auralis.Node.Security;
using Auralis.Node.Streaming;
using Auralis.Protocol.Rest;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Node.Api;

/// <summary>
/// The REST face of sessions under <c>/api/v1/sessions</c>: list, create, read, rename and set parameters, delete
/// (steering: <see cref="TransportEndpoints"/>; history: <see cref="HistoryEndpoints"/>; prices: <see cref="PriceEndpoints"/>;
/// offline renders: <see cref="RenderEndpoints"/>).
/// </summary>
public static class SessionEndpoints
{
    private static readonly string[] CreateFields = ["id", "name", "seed", "play"];

    /// <summary>Maps the endpoints, with those of transport, history and prices.</summary>
    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/sessions").WithTags("sessions");
        group.MapGet("/", ListAsync).RequireRole(Role.Listener).Produces<SessionList>();
        group.MapPost("/", CreateAsync).RequireRole(Role.Admin);
        group.MapGet("/{id}", GetAsync).RequireRole(Role.Listener).Produces<SessionDetail>();
        group.MapPatch("/{id}", PatchAsync).RequireRole(Role.Performer);
        TransportEndpoints.Map(group);
        group.MapDelete("/{id}", DeleteAsync).RequireRole(Role.Admin);
        HistoryEndpoints.Map(group);
        RecentEndpoints.Map(group);
        PriceEndpoints.Map(group);
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

        return Results.Ok(new SessionList(sessions));
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

        var (key, keyProblem) = IdempotencyKeys.Read(request);
        if (keyProblem is not null)
        {
            return keyProblem;
        }

        var play = !body.TryGetProperty("play", out var playField) || playField.ValueKind != JsonValueKind.False;
        var id = new SessionId(idText);
        var answer = await gateway.AskAsync<CommandAccepted>(new CreateSession(id, RequestBodies.Text(body, "name") ?? idText, seed, parameters, play, key),
            request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (answer.Value is null)
        {
            return Problems.For(answer);
        }

        return await ViewAsync(gateway, id, request.HttpContext.RequestAborted, created: true).ConfigureAwait(false);
    }

    private static Task<IResult> GetAsync(string id, SessionGateway gateway, CancellationToken cancellationToken) =>
        SessionAsks.WithId(id, sessionId => ViewAsync(gateway, sessionId, cancellationToken));

    private static Task<IResult> PatchAsync(string id, HttpRequest request, SessionGateway gateway) => SessionAsks.WithId(id, async sessionId =>
    {
        var (body, error) = await RequestBodies.ReadObjectAsync(request).ConfigureAwait(false);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        // Everything is read and validated before anything changes: the session renames and retunes in one journal write, or not at all.
        if (body.TryGetProperty("name", out var nameField) && nameField.ValueKind != JsonValueKind.String)
        {
            return Problems.BadRequest("name must be a string.");
        }

        var (values, parameterError) = RequestBodies.Parameters(body, "name");
        if (parameterError is not null)
        {
            return Problems.BadRequest(parameterError);
        }

        var (key, keyProblem) = IdempotencyKeys.Read(request);
        if (keyProblem is not null)
        {
            return keyProblem;
        }

        var token = request.HttpContext.RequestAborted;
        var name = RequestBodies.Text(body, "name");
        var answer = await gateway.AskAsync<CommandAccepted>(new EditSession(sessionId, name, values, key), token).ConfigureAwait(false);
        if (answer.Value is not { } accepted)
        {
            return Problems.For(answer);
        }

        return values.Count == 0
            ? await ViewAsync(gateway, sessionId, token).ConfigureAwait(false)
            : Results.Ok(new ParametersApplied(sessionId.Value, accepted.AtTick, accepted.Events.OfType<ITimedInput>().FirstOrDefault()?.AtStep,
                values.ToDictionary(v => v.Key, v => WireMapping.Wire(v.Value))));
    });

    private static Task<IResult> DeleteAsync(string id, HttpRequest request, SessionGateway gateway, CancellationToken cancellationToken) => SessionAsks.WithId(id, async sessionId =>
    {
        var (key, keyProblem) = IdempotencyKeys.Read(request);
        if (keyProblem is not null)
        {
            return keyProblem;
        }

        var answer = await gateway.AskAsync<CommandAccepted>(new DeleteSession(sessionId, key), cancellationToken).ConfigureAwait(false);
        return answer.Value is not null ? Results.NoContent() : Problems.For(answer);
    });

    private static async Task<IResult> ViewAsync(SessionGateway gateway, SessionId id, CancellationToken cancellationToken, bool created = false)
    {
        var answer = await gateway.AskAsync<SessionView>(new GetSession(id), cancellationToken).ConfigureAwait(false);
        if (answer.Value is not { } view)
        {
            return Problems.For(answer);
        }

        var body = SessionDetail.Of(WireMapping.Info(view), view.Node, view.Failure);
        return created ? Results.Created($"/api/v1/sessions/{id}", body) : Results.Ok(body);
    }

    private static string NewId() => "s-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));
}
