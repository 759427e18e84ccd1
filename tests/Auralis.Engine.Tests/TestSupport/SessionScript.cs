using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Tests.TestSupport;

/// <summary>Builds a session's event history the way the session actor would persist it.</summary>
internal sealed class SessionScript
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly List<ISessionEvent> _events = [];

    public SessionScript(ulong seed = 42, params (string Name, ParameterValue Value)[] parameters) =>
        _events.Add(new SessionCreated(Id, "script", seed, parameters.ToDictionary(p => p.Name, p => p.Value), true, Noon));

    public static SessionId Id { get; } = new("script");

    public IReadOnlyList<ISessionEvent> Events => _events;

    public SessionState Created => SessionState.Empty(Id).Apply(_events[0]);

    public SessionScript Set(long atStep, string name, ParameterValue value)
    {
        _events.Add(new ParametersChanged(Id, new Dictionary<string, ParameterValue> { [name] = value }, atStep, 0, Noon));
        return this;
    }

    public SessionScript Transport(long atStep, TransportCommand command, long? tick = null, long? start = null, long? end = null)
    {
        _events.Add(new TransportChanged(Id, command, tick, start, end, atStep, 0, Noon));
        return this;
    }

    public SessionScript Sample(string name, string path, string sha256)
    {
        _events.Add(new Auralis.Engine.Sessions.SessionEvents.SampleAdded(Id, name, path, sha256, Noon));
        return this;
    }

    public SessionScript Add(ISessionEvent sessionEvent)
    {
        _events.Add(sessionEvent);
        return this;
    }

    public SessionScript Price(long atStep, double price)
    {
        _events.Add(new PriceObserved(Id, price, atStep, 0, Noon));
        return this;
    }
}
