using Akka.Actor;
using static Auralis.Engine.Steps.StepMessages;

namespace Auralis.Engine.Voices;

/// <summary>The session's voices (<c>voices</c>): one <see cref="VoiceActor"/> per line, each handed every priced step.</summary>
public sealed class VoicesActor : ReceiveActor
{
    /// <summary>The actor's name in the session's tree.</summary>
    public const string Name = "voices";

    /// <summary>Starts a child per voice (named after it); their plans go to <paramref name="session"/>.</summary>
    public VoicesActor(IReadOnlyList<IVoice> voices, IActorRef session)
    {
        var children = voices.Select((voice, channel) => Context.ActorOf(VoiceActor.Props(voice, channel, session), voice.Name)).ToArray();
        Receive<StepPriced>(priced =>
        {
            foreach (var child in children)
            {
                child.Tell(priced);
            }
        });
    }

    /// <summary>A voice that throws fails the voices, and so reaches the session, which decides what a fault of its music means.</summary>
    protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(_ => Directive.Escalate);

    /// <summary>The props of the voices of a session.</summary>
    public static Props Props(IReadOnlyList<IVoice> voices, IActorRef session) => Akka.Actor.Props.Create(() => new VoicesActor(voices, session));
}
