using Akka.Actor;
using Akka.Persistence;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Tests.TestSupport;

/// <summary>A persistent actor that persists whatever session events it is sent and answers with the sequence number.</summary>
public sealed class EventRecorder : ReceivePersistentActor
{
    private readonly List<ISessionEvent> _events = [];

    public EventRecorder(string persistenceId)
    {
        PersistenceId = persistenceId;
        Recover<ISessionEvent>(_events.Add);
        Command<ISessionEvent>(e => Persist(e, persisted =>
        {
            _events.Add(persisted);
            Sender.Tell(LastSequenceNr);
        }));
        Command<Recovered>(_ => Sender.Tell(_events.ToArray()));
    }

    public override string PersistenceId { get; }

    /// <summary>Asks for the events the recorder holds.</summary>
    public sealed class Recovered
    {
        public static readonly Recovered Instance = new();
    }
}
