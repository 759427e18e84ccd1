using Akka.Actor;
using Auralis.Engine.Voices;
using static Auralis.Engine.Steps.StepMessages;

namespace Auralis.Engine.Ticker;

/// <summary>
/// The session's price ticker (<c>ticker</c>): prices each step the session opens, tells the clock the regime the step's
/// phrase follows, and hands the price to each voice and to the session.
/// </summary>
public sealed class PriceTickerActor : ReceiveActor
{
    /// <summary>The actor's name in the session's tree.</summary>
    public const string Name = "ticker";

    /// <summary>Runs <paramref name="stage"/>: the regime of each step goes to <paramref name="clock"/>, its price to each voice of <paramref name="voices"/> and to <paramref name="session"/>.</summary>
    public PriceTickerActor(TickerStage stage, IActorRef clock, IActorRef voices, IActorRef session)
    {
        var eachVoice = VoicesActor.Each(voices);
        Receive<PriceStep>(request =>
        {
            var answer = stage.Price(request);
            clock.Tell(answer.Phrase);
            eachVoice.Tell(answer.Priced, Self);
            session.Tell(answer.Priced);
        });
    }

    /// <summary>The props of a ticker that owns <paramref name="stage"/>.</summary>
    public static Props Props(TickerStage stage, IActorRef clock, IActorRef voices, IActorRef session) =>
        Akka.Actor.Props.Create(() => new PriceTickerActor(stage, clock, voices, session));
}
