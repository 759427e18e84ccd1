using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Sessions;

/// <summary>
/// The inputs a session made under its clients' idempotency keys, newest <see cref="Capacity"/> keys kept: a retried
/// command whose key is here is answered with the events it made the first time instead of being applied again.
/// </summary>
/// <remarks>
/// Built from the journal (each keyed event carries its key) and kept in the checkpoint, so a retry is recognised after
/// the session moved to another node or recovered. A key is forgotten only once <see cref="Capacity"/> newer keys came
/// after it: retries come within seconds, the log holds hundreds.
/// </remarks>
public sealed class RequestLog
{
    /// <summary>How many keys are remembered.</summary>
    public const int Capacity = 256;

    /// <summary>The longest idempotency key a client may send.</summary>
    public const int MaxKeyLength = 128;

    private readonly Dictionary<string, List<ISessionEvent>> _answers = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>How many keys are remembered now.</summary>
    public int Count => _answers.Count;

    /// <summary>Why <paramref name="key"/> cannot be an idempotency key, or null when it can.</summary>
    public static string? Check(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length is 0 or > MaxKeyLength)
        {
            return $"An idempotency key (requestId) has 1 to {MaxKeyLength} characters; this one has {key.Length}.";
        }

        return key.All(c => c is > ' ' and < (char)0x7F)
            ? null
            : "An idempotency key (requestId) is printable ASCII without spaces (a UUID, for instance).";
    }

    /// <summary><paramref name="sessionEvent"/> made under <paramref name="key"/> (events that cannot carry a key stay as they are).</summary>
    public static ISessionEvent Stamp(ISessionEvent sessionEvent, string key) => sessionEvent switch
    {
        SessionCreated e => e with { RequestId = key },
        SessionRenamed e => e with { RequestId = key },
        ParametersChanged e => e with { RequestId = key },
        TransportChanged e => e with { RequestId = key },
        PriceObserved e => e with { RequestId = key },
        PriceSeriesScheduled e => e with { RequestId = key },
        SessionDeleted e => e with { RequestId = key },
        InputScheduled e => e with { RequestId = key },
        _ => sessionEvent,
    };

    /// <summary>Remembers <paramref name="sessionEvent"/> under its key, if it has one.</summary>
    public void Remember(ISessionEvent sessionEvent)
    {
        ArgumentNullException.ThrowIfNull(sessionEvent);
        if (sessionEvent.RequestId is not { } key)
        {
            return;
        }

        if (!_answers.TryGetValue(key, out var events))
        {
            if (_order.Count == Capacity)
            {
                _answers.Remove(_order.Dequeue());
            }

            events = [];
            _answers[key] = events;
            _order.Enqueue(key);
        }

        events.Add(sessionEvent);
    }

    /// <summary>The events made under <paramref name="key"/>, if it is remembered.</summary>
    public bool TryGet(string key, out IReadOnlyList<ISessionEvent> events)
    {
        var found = _answers.TryGetValue(key, out var list);
        events = list ?? [];
        return found;
    }

    /// <summary>Every remembered event, oldest key first (what a checkpoint keeps).</summary>
    public IReadOnlyList<ISessionEvent> Events => [.. _order.SelectMany(key => _answers[key])];

    /// <summary>Forgets everything (a checkpoint is about to be read in).</summary>
    public void Clear()
    {
        _answers.Clear();
        _order.Clear();
    }
}
