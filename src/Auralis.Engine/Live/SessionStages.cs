using Akka.Actor;
using Auralis.Engine.Clock;
using Auralis.Engine.Ticker;
using Auralis.Engine.Voices;

namespace Auralis.Engine.Live;

/// <summary>
/// How a session makes the actors of its composing stages (clock, ticker, voices) around the stages its composer owns.
/// A node always uses <see cref="Default"/>; the engine's tests hand in actors that throw, to prove faults are loud.
/// </summary>
internal sealed record SessionStages(
    Func<HarmonicClockStage, IActorRef, IActorRef, Props> Clock,
    Func<TickerStage, IActorRef, IActorRef, IActorRef, Props> Ticker,
    Func<IReadOnlyList<IVoice>, IActorRef, Props> Voices)
{
    /// <summary>The engine's own stage actors.</summary>
    public static SessionStages Default { get; } = new(HarmonicClockActor.Props, PriceTickerActor.Props, VoicesActor.Props);
}
