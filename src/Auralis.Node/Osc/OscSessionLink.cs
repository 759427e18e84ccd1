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

    /// <summary>Asks the session <paramref name="message"/>; the answer, or <see cref="OscRejections.Unreachable"/> when none came in time.</summary>
    public static async Task<object> Ask(IActorRef sessions, IWithSessionId message)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        try
        {
            return await sessions.Ask<object>(message, SessionGateway.Timeout).ConfigureAwait(false);
        }
        catch (AskTimeoutException)
        {
            return OscRejections.Unreachable;
        }
    }

    private static async Task<string?> Outcome(Task<object> answer)
    {
        try
        {
            return await answer.ConfigureAwait(false) switch
            {
                CommandRejected { Rejection.Code: Rejection.NotFound } => OscRejections.UnknownSession,
                CommandRejected => OscRejections.Refused,
                _ => null,
            };
        }
        catch (AskTimeoutException)
        {
            return OscRejections.Unreachable;
        }
    }
}
