using Akka.Actor;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams;
using Akka.Streams.Dsl;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.ReadSide;

/// <summary>
/// The read side of the journal: which sessions exist and what happened to each, read with Akka.Persistence.Query,
/// never by asking the session actors.
/// </summary>
public sealed class SessionHistory
{
    private readonly SqlReadJournal _journal;
    private readonly IMaterializer _materializer;

    /// <summary>Reads the journal configured for <paramref name="system"/>.</summary>
    public SessionHistory(ActorSystem system)
    {
        _journal = PersistenceQuery.Get(system).ReadJournalFor<SqlReadJournal>("akka.persistence.query.journal.sql");
        _materializer = system.Materializer();
    }

    /// <summary>The ids of every session ever written to the journal (deleted ones included), in id order.</summary>
    public async Task<IReadOnlyList<SessionId>> SessionIdsAsync(CancellationToken cancellationToken = default)
    {
        var ids = await _journal.CurrentPersistenceIds()
            .RunWith(Sink.Seq<string>(), _materializer)
            .WaitAsync(cancellationToken)
            .ConfigureAwait(false);
        return ids.Select(SessionId.FromPersistenceId)
            .OfType<SessionId>()
            .Distinct()
            .OrderBy(id => id.Value, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The events of one session, oldest first, with their sequence numbers.</summary>
    public async Task<IReadOnlyList<JournaledEvent>> EventsAsync(SessionId id, long fromSequenceNr = 1, long toSequenceNr = long.MaxValue,
        CancellationToken cancellationToken = default)
    {
        var envelopes = await _journal.CurrentEventsByPersistenceId(id.PersistenceId, fromSequenceNr, toSequenceNr)
            .RunWith(Sink.Seq<EventEnvelope>(), _materializer)
            .WaitAsync(cancellationToken)
            .ConfigureAwait(false);
        return envelopes
            .Where(envelope => envelope.Event is ISessionEvent)
            .Select(envelope => new JournaledEvent(envelope.SequenceNr, (ISessionEvent)envelope.Event))
            .ToArray();
    }

    /// <summary>The state of one session folded from its events, or null when the journal has none.</summary>
    public async Task<SessionState?> StateAsync(SessionId id, CancellationToken cancellationToken = default)
    {
        var events = await EventsAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return events.Count == 0 ? null : events.Aggregate(SessionState.Empty(id), (state, e) => state.Apply(e.Event));
    }
}

/// <summary>One event as the journal holds it: its sequence number in the session's stream and the event.</summary>
public sealed record JournaledEvent(long SequenceNr, ISessionEvent Event);
