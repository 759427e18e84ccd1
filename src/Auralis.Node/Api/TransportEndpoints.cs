using Auralis.Engine.Sessions;
using Auralis.Node.Hosting;
using Auralis.Node.Security;
using Auralis.Protocol.Rest;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Node.Api;

/// <summary><c>POST /api/v1/sessions/{id}/transport</c>: play, stop, seek, loop or clear the loop.</summary>
public static class TransportEndpoints
{
    /// <summary>Maps the endpoint on the sessions' group.</summary>
    public static void Map(RouteGroupBuilder sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        sessions.MapPost("/{id}/transport", TransportAsync).RequireRole(Role.Performer).Produces<TransportApplied>();
    }

    private static Task<IResult> TransportAsync(string id, HttpRequest request, SessionGateway gateway) => SessionAsks.WithId(id, async sessionId =>
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

        var (key, keyProblem) = IdempotencyKeys.Read(request);
        if (keyProblem is not null)
        {
            return keyProblem;
        }

        var answer = await gateway.AskAsync<CommandAccepted>(new ChangeTransport(sessionId, command, tick, start, end, key), request.HttpContext.RequestAborted)
            .ConfigureAwait(false);
        return answer.Value is { } accepted ? Results.Ok(new TransportApplied(sessionId.Value, word, accepted.AtTick)) : Problems.For(answer);
    });
}
