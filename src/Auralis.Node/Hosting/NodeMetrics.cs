using System.Diagnostics.Metrics;

namespace Auralis.Node.Hosting;

/// <summary>The node's own figures — connected clients, frames dropped for slow clients, protocol errors — as .NET metrics and for <c>/metrics</c>.</summary>
public sealed class NodeMetrics : IDisposable
{
    private readonly Meter _meter = new("Auralis.Node");
    private long _clients;
    private long _dropped;
    private long _connections;

    /// <summary>Creates the instruments.</summary>
    public NodeMetrics()
    {
        _meter.CreateObservableGauge("auralis.clients", () => Interlocked.Read(ref _clients), description: "Clients connected now");
        _meter.CreateObservableCounter("auralis.dropped_frames", () => Interlocked.Read(ref _dropped), "frames", "Audio frames dropped for slow clients");
        _meter.CreateObservableCounter("auralis.connections", () => Interlocked.Read(ref _connections), description: "Connections served");
    }

    /// <summary>Clients connected now.</summary>
    public long Clients => Interlocked.Read(ref _clients);

    /// <summary>Audio frames dropped for slow clients, over the node's life.</summary>
    public long DroppedFrames => Interlocked.Read(ref _dropped);

    /// <summary>Connections served over the node's life.</summary>
    public long Connections => Interlocked.Read(ref _connections);

    /// <summary>A client connected.</summary>
    public void ClientConnected()
    {
        Interlocked.Increment(ref _clients);
        Interlocked.Increment(ref _connections);
    }

    /// <summary>A client left, having lost <paramref name="droppedFrames"/> frames.</summary>
    public void ClientDisconnected(long droppedFrames)
    {
        Interlocked.Decrement(ref _clients);
        Interlocked.Add(ref _dropped, droppedFrames);
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
