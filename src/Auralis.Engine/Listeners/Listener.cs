using System.Threading.Channels;

namespace Auralis.Engine.Listeners;

/// <summary>One subscriber of a session: a bounded queue of what the session publishes, drained by the subscriber's connection loop.</summary>
/// <remarks>
/// The session never waits for a listener: when the queue is full the oldest item is dropped and counted, so a slow
/// or dead connection loses news instead of slowing the music. Audio does not travel through this queue; each
/// listener reads the ring buffer with a cursor of its own.
/// </remarks>
public sealed class Listener : IDisposable
{
    private readonly Channel<ISessionOutput> _queue;
    private readonly Action<Listener> _unsubscribe;
    private long _dropped;
    private int _disposed;

    internal Listener(int capacity, Action<Listener> unsubscribe)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _unsubscribe = unsubscribe;
        _queue = Channel.CreateBounded<ISessionOutput>(
            new BoundedChannelOptions(capacity)
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleReader = true,
                SingleWriter = false,
            },
            _ => Interlocked.Increment(ref _dropped));
    }

    /// <summary>What the session published, oldest first.</summary>
    public ChannelReader<ISessionOutput> Outputs => _queue.Reader;

    /// <summary>How many items were dropped because the listener fell behind.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Queues one item without waiting; returns false once the listener has closed.</summary>
    internal bool Offer(ISessionOutput output) => _queue.Writer.TryWrite(output);

    /// <summary>Ends the subscription: the queue completes after what it holds.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _queue.Writer.TryComplete();
            _unsubscribe(this);
        }
    }
}
