using Akka.Actor;
using Auralis.Audio.Rendering;
using Auralis.Engine.ReadSide;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Replay;

/// <summary>Replays a session straight from the journal: its events read with Akka.Persistence.Query, then <see cref="SessionReplayer"/>.</summary>
/// <remarks>No session actor runs; a node need not be up. What the journal holds is what plays.</remarks>
public sealed class JournalReplayer(ActorSystem system)
{
    private readonly SessionHistory _history = new(system);

    /// <summary>Replays session <paramref name="id"/> into <paramref name="sink"/>; an unknown session is an <see cref="ArgumentException"/>.</summary>
    public async Task<ReplayResult> ReplayAsync(SessionId id, ReplayLength length, IAudioBlockSink sink, Action<double>? progress = null,
        CancellationToken cancellationToken = default) =>
        SessionReplayer.Replay(await EventsAsync(id, cancellationToken).ConfigureAwait(false), length, sink, progress);

    /// <summary>The events of session <paramref name="id"/>, oldest first; an unknown session is an <see cref="ArgumentException"/>.</summary>
    public async Task<ISessionEvent[]> EventsAsync(SessionId id, CancellationToken cancellationToken = default)
    {
        var events = await _history.EventsAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return events.Count == 0
            ? throw new ArgumentException($"The journal has no session '{id}'.", nameof(id))
            : events.Select(e => e.Event).ToArray();
    }
}
