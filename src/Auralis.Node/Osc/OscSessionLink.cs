using Akka.Actor;
using Akka.Hosting;
using Auralis.Engine.Sessions;
using Auralis.Node.Hosting;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Node.Osc;

/// <summary>How OSC reaches sessions: the shard region, told in the order packets arrive, answers awaited afterwards.</summary>
/// <remarks>
/// A fader sends a stream of values and the last must win, so commands are told synchronously in arrival order (an Ask
/// tells before it returns its task) instead of each awaiting the one before.
/// </remarks>
public sealed class OscSessionLink(IRequiredActor<SessionRegion> region)
{
    private IActorRef? _region;

    /// <summary>The shard region, resolved once.</summary>
    public async ValueTask<IActorRef> RegionAsync(CancellationToken cancellationToken) =>
        _region ??= await region.GetAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Tells <paramref name="command"/> now; the task answers null when the session took it, or why it refused.</summary>
    public static Task<string?> Send(IActorRef sessions, ISessionCommand command)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        return Outcome(sessions.Ask<object>(command, SessionGateway.Timeout));
    }

    /// <summary>
    /// Asks the session <paramref name="message"/>: its <typeparamref name="TAnswer"/>, or why there is none
    /// (<see cref="OscRejections.Unreachable"/> when no answer came in time, <see cref="OscRejections.UnknownSession"/> otherwise).
    /// </summary>
    public static async Task<(TAnswer? Answer, string? Refusal)> Ask<TAnswer>(IActorRef sessions, IWithSessionId message)
        where TAnswer : class
    {
        ArgumentNullException.ThrowIfNull(sessions);
        try
        {
            var answer = SessionAnswer<TAnswer>.Of(await sessions.Ask<object>(message, SessionGateway.Timeout).ConfigureAwait(false));
            return answer.Value is { } wanted ? (wanted, null) : (null, OscRejections.UnknownSession);
        }
        catch (AskTimeoutException)
        {
            return (null, OscRejections.Unreachable);
        }
    }

    private static async Task<string?> Outcome(Task<object> answer)
    {
        try
        {
            return SessionAnswer<CommandAccepted>.Of(await answer.ConfigureAwait(false)).Rejection switch
            {
                { Code: Rejection.NotFound } => OscRejections.UnknownSession,
                { } => OscRejections.Refused,
                null => null,
            };
        }
        catch (AskTimeoutException)
        {
            return OscRejections.Unreachable;
        }
    }
}
