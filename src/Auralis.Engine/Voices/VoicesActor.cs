using Akka.Actor;

namespace Auralis.Engine.Voices;

/// <summary>The session's voices (<c>voices</c>): the parent of one <see cref="VoiceActor"/> per line, which the session, the clock and the ticker reach directly.</summary>
public sealed class VoicesActor : ReceiveActor
{
    /// <summary>The actor's name in the session's tree.</summary>
    public const string Name = "voices";

    /// <summary>Starts a child per voice (named after it); their plans go to <paramref name="session"/>.</summary>
    public VoicesActor(IReadOnlyList<IVoice> voices, IActorRef session)
    {
        for (var channel = 0; channel < voices.Count; channel++)
        {
            Context.ActorOf(VoiceActor.Props(voices[channel], channel, session), voices[channel].Name);
        }

        // A message told to Each before the children exist would reach none of them: the session opens no step before this.
        session.Tell(Started.Instance);
    }

    /// <summary>The voices' children exist: <see cref="Each"/> reaches every one of them from now on.</summary>
    public sealed class Started : INoSerializationVerificationNeeded
    {
        /// <summary>The one instance.</summary>
        public static Started Instance { get; } = new();

        private Started()
        {
        }
    }

    /// <summary>
    /// Every voice under <paramref name="voices"/>: a message told to it is delivered to each voice actor, not passed
    /// through the mailbox of <c>voices</c>, which reads none of a step.
    /// </summary>
    public static ActorSelection Each(IActorRef voices) => new(voices, "*");

    /// <summary>A voice that throws fails the voices, and so reaches the session, which decides what a fault of its music means.</summary>
    protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(_ => Directive.Escalate);

    /// <summary>The props of the voices of a session.</summary>
    public static Props Props(IReadOnlyList<IVoice> voices, IActorRef session) => Akka.Actor.Props.Create(() => new VoicesActor(voices, session));
}
