using Akka.Actor;

namespace Auralis.Engine.Listeners;

/// <summary>
/// The session's listeners (<c>listeners</c>): fans what the session publishes out to every subscriber's bounded queue.
/// A slow subscriber loses its oldest events; it never slows the session.
/// </summary>
public sealed class ListenersActor : ReceiveActor
{
    /// <summary>The actor's name in the session's tree.</summary>
    public const string Name = "listeners";

    /// <summary>Publishes to <paramref name="hub"/>, whose subscribers the session adds.</summary>
    public ListenersActor(ListenerHub hub)
    {
        Receive<ISessionOutput>(hub.Publish);
        Receive<IReadOnlyList<ISessionOutput>>(outputs =>
        {
            foreach (var output in outputs)
            {
                hub.Publish(output);
            }
        });
    }

    /// <summary>The props of the listeners of a session.</summary>
    public static Props Props(ListenerHub hub) => Akka.Actor.Props.Create(() => new ListenersActor(hub));
}
