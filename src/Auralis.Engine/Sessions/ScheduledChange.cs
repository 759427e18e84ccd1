using static Auralis.Engine.Sessions.SessionCommands;

namespace Auralis.Engine.Sessions;

/// <summary>
/// An input held for a later wall-clock time (an OSC bundle timetagged ahead): parameter values, a transport command or
/// an outside price — exactly one of them.
/// </summary>
/// <param name="Values">Parameters to change together.</param>
/// <param name="Transport">A transport command (with <paramref name="Tick"/> for seek).</param>
/// <param name="Tick">The tick a seek moves to.</param>
/// <param name="Price">An outside price.</param>
public sealed record ScheduledChange(IReadOnlyDictionary<string, ParameterValue>? Values = null, TransportCommand? Transport = null, long? Tick = null,
    double? Price = null)
{
    /// <summary>The change a command asks for, or null for a command that cannot be held (only parameters, transport and prices can).</summary>
    public static ScheduledChange? Of(ISessionCommand command) => command switch
    {
        ChangeParameters change => new ScheduledChange(Values: change.Values),
        ChangeTransport { LoopStartTick: null, LoopEndTick: null } transport => new ScheduledChange(Transport: transport.Command, Tick: transport.Tick),
        ObservePrice price => new ScheduledChange(Price: price.Price),
        _ => null,
    };

    /// <summary>The command that applies the change when it is due, under idempotency key <paramref name="key"/>.</summary>
    public ISessionCommand ToCommand(SessionId id, string key) =>
        Values is { } values ? new ChangeParameters(id, values, key)
        : Transport is { } transport ? new ChangeTransport(id, transport, Tick, RequestId: key)
        : new ObservePrice(id, Price ?? double.NaN, key);
}
