namespace Auralis.Protocol.Messages;

/// <summary>
/// A session's full state as clients see it: the body of a <c>session</c> message and the <c>state</c> of <c>welcome</c>.
/// </summary>
/// <param name="Id">The session id.</param>
/// <param name="Name">The name, for people.</param>
/// <param name="Seed">The seed every random choice derives from (a JSON number; JavaScript reads it exactly only up to 2^53).</param>
/// <param name="Parameters">Every parameter's current value, by wire name.</param>
/// <param name="Transport">Playing or not, and the loop.</param>
/// <param name="Position">Where the transport is.</param>
/// <param name="Listeners">How many clients listen now.</param>
/// <param name="CreatedAt">When the session was created (ISO 8601).</param>
/// <param name="UpdatedAt">When its state last changed (ISO 8601).</param>
public sealed record SessionInfo(
    string Id,
    string Name,
    ulong Seed,
    IReadOnlyDictionary<string, WireValue> Parameters,
    TransportInfo Transport,
    PositionInfo Position,
    int Listeners,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Equal when every field is, the parameters compared as a map.</summary>
    public bool Equals(SessionInfo? other) =>
        other is not null && Id == other.Id && Name == other.Name && Seed == other.Seed && Transport == other.Transport
        && Position == other.Position && Listeners == other.Listeners && CreatedAt == other.CreatedAt && UpdatedAt == other.UpdatedAt
        && Structural.MapEquals(Parameters, other.Parameters);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Seed, Transport, Position, Listeners, CreatedAt, Parameters.Count);
}

/// <summary>The transport part of <see cref="SessionInfo"/>: playing or not, and the loop in ticks (the end is exclusive).</summary>
public sealed record TransportInfo(bool Playing, long? LoopStartTick = null, long? LoopEndTick = null);

/// <summary>
/// A position on the session's timeline: <paramref name="Bar"/> and <paramref name="Beat"/> counted from 0 (a display adds 1),
/// and <paramref name="Tick"/> the absolute tick (480 per quarter note) from the start of the timeline.
/// </summary>
public readonly record struct PositionInfo(long Bar, int Beat, long Tick);
