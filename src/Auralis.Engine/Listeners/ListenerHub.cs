namespace Auralis.Engine.Listeners;

/// <summary>A session's listeners: subscribe any number, publish to all without ever waiting for one.</summary>
/// <remarks>
/// Publishing reads a snapshot array of the listener list, so it takes no lock; subscribing and unsubscribing
/// (rare, from connection threads) swap the snapshot with a compare-and-swap loop.
/// </remarks>
public sealed class ListenerHub
{
    private Listener[] _listeners = [];

    /// <summary>How many listeners are subscribed.</summary>
    public int Count => Volatile.Read(ref _listeners).Length;

    /// <summary>Adds a listener whose queue holds up to <paramref name="capacity"/> items.</summary>
    public Listener Subscribe(int capacity = 1024)
    {
        var listener = new Listener(capacity, Remove);
        Swap(list => [.. list, listener]);
        return listener;
    }

    /// <summary>Offers <paramref name="output"/> to every listener.</summary>
    public void Publish(ISessionOutput output)
    {
        foreach (var listener in Volatile.Read(ref _listeners))
        {
            listener.Offer(output);
        }
    }

    /// <summary>Closes every listener (the session is going away).</summary>
    public void CloseAll()
    {
        foreach (var listener in Volatile.Read(ref _listeners))
        {
            listener.Dispose();
        }
    }

    private void Remove(Listener listener) => Swap(list => Array.FindAll(list, l => !ReferenceEquals(l, listener)));

    private void Swap(Func<Listener[], Listener[]> change)
    {
        while (true)
        {
            var current = Volatile.Read(ref _listeners);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _listeners, change(current), current), current))
            {
                return;
            }
        }
    }
}
