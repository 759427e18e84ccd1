using Akka.Actor;
using Auralis.Engine.Sessions;
using Auralis.Node.Hosting;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Node.Api;

/// <summary>How an endpoint asks a session by the id in its route: a typed answer, a problem for a refusal, 503 when it does not answer in time.</summary>
public static class SessionAsks
{
    /// <summary>The problem for a route id that is not a session id.</summary>
    public static IResult NotASessionId(string id) => Problems.For(new Rejection(Rejection.NotFound, $"'{id}' is not a session id."));

    /// <summary>Runs <paramref name="handle"/> for the session named by <paramref name="id"/>, turning a late answer into 503.</summary>
    public static async Task<IResult> WithId(string id, Func<SessionId, Task<IResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        if (!SessionId.IsValid(id))
        {
            return NotASessionId(id);
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

    /// <summary>Asks session <paramref name="id"/> <paramref name="message"/> and answers with <paramref name="answer"/> of its <typeparamref name="TAnswer"/>.</summary>
    public static Task<IResult> Ask<TAnswer>(string id, SessionGateway gateway, Func<SessionId, IWithSessionId> message, Func<TAnswer, IResult> answer,
        CancellationToken token)
        where TAnswer : class
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(answer);
        return WithId(id, async sessionId =>
        {
            var reply = await gateway.AskAsync<TAnswer>(message(sessionId), token).ConfigureAwait(false);
            return reply.Value is { } wanted ? answer(wanted) : Problems.For(reply);
        });
    }

    /// <summary>Sends a command to session <paramref name="id"/>; its acceptance answers <paramref name="accepted"/> (by default, <see cref="Applied"/>).</summary>
    public static Task<IResult> Command(string id, SessionGateway gateway, Func<SessionId, IWithSessionId> command, CancellationToken token,
        Func<CommandAccepted, IResult>? accepted = null) =>
        Ask(id, gateway, command, accepted ?? Applied, token);

    /// <summary>The answer to an accepted command: the session, and the tick and step at which it applies.</summary>
    public static IResult Applied(CommandAccepted accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        return Results.Ok(new Protocol.Rest.CommandApplied(accepted.SessionId.Value, accepted.AtTick, accepted.Events.OfType<ITimedInput>().FirstOrDefault()?.AtStep));
    }
}
