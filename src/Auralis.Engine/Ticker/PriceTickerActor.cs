using Akka.Actor;
using static Auralis.Engine.Steps.StepMessages;

namespace Auralis.Engine.Ticker;

/// <summary>
/// The session's price ticker (<c>ticker</c>): prices each step the clock announces and hands it to the voices and the
/// session, and to the clock, whose next phrase follows the regime it was priced in.
/// </summary>
public sealed class PriceTickerActor : ReceiveActor
{
    /// <summary>The actor's name in the session's tree.</summary>
    public const string Name = "ticker";

    /// <summary>Runs <paramref name="stage"/>; every priced step goes to the clock that announced it, to <paramref name="voices"/> and to <paramref name="session"/>.</summary>
    public PriceTickerActor(TickerStage stage, IActorRef voices, IActorRef session) =>
        Receive<StepAnnounced>(announced =>
        {
            var priced = stage.Price(announced);
            Sender.Tell(priced);
            voices.Tell(priced);
            session.Tell(priced);
        });

    /// <summary>The props of a ticker that owns <paramref name="stage"/>.</summary>
    public static Props Props(TickerStage stage, IActorRef voices, IActorRef session) =>
        Akka.Actor.Props.Create(() => new PriceTickerActor(stage, voices, session));
}
