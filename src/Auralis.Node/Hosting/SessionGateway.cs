using Akka.Actor;
using Akka.Hosting;
using Auralis.Engine.Listeners;
using Auralis.Engine.Sessions;

namespace Auralis.Node.Hosting;

/// <summary>How the node's endpoints and connections reach a session: through the shard region, wherever the session lives.</summary>
public sealed class SessionGateway(IRequiredActor<SessionRegion> region, ActorSystem system)
{
    /// <summary>How long a session may take to answer before the caller gives up.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>True once this node has begun to leave its cluster or shut down: its sessions move away, and its clients must too.</summary>
    public bool Leaving => CoordinatedShutdown.Get(system).ShutdownReason is not null;

    /// <summary>Sends <paramref name="message"/> to its session and awaits its answer: a <typeparamref name="TAnswer"/> or a refusal.</summary>
    public async Task<SessionAnswer<TAnswer>> AskAsync<TAnswer>(IWithSessionId message, CancellationToken cancellationToken = default)
        where TAnswer : class
    {
        var actor = await region.GetAsync(cancellationToken).ConfigureAwait(false);
        return SessionAnswer<TAnswer>.Of(await actor.Ask<object>(message, Timeout, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Subscribes to session <paramref name="id"/> wherever it lives: a <see cref="ListenerMessages.Subscribed"/> whose ring
    /// and listener are on this node (fed from the session's node when that is another), or a refusal.
    /// </summary>
    public async Task<SessionAnswer<ListenerMessages.Subscribed>> SubscribeAsync(SessionId id, CancellationToken cancellationToken = default)
    {
        var actor = await region.GetAsync(cancellationToken).ConfigureAwait(false);
        var mirror = system.ActorOf(SessionMirror.Props(id, actor));
        return SessionAnswer<ListenerMessages.Subscribed>.Of(
            await mirror.Ask<object>(SessionMirror.Open.Instance, Timeout, cancellationToken).ConfigureAwait(false));
    }
}
