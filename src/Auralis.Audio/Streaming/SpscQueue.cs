namespace Auralis.Audio.Streaming;

/// <summary>A bounded, wait-free queue for exactly one producer thread and one consumer thread.</summary>
/// <remarks>
/// How control messages reach the render thread: the actor (the single producer) enqueues, the render thread (the
/// single consumer) drains the queue once at the top of each block. The head and tail counters sit on separate cache
/// lines so the two threads do not contend for one; each side publishes its counter with a release store after
/// touching the slot, and reads the other's with an acquire load. The slots are preallocated; nothing allocates.
/// </remarks>
public sealed class SpscQueue<T>
{
    private readonly T[] _slots;
    private readonly int _mask;
    private PaddedCounters _counters;

    /// <summary>Creates a queue of <paramref name="capacity"/> slots (a power of two).</summary>
    public SpscQueue(int capacity)
    {
        if (capacity < 2 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The queue's capacity is a power of two of at least 2.");
        }

        _slots = new T[capacity];
        _mask = capacity - 1;
    }

    /// <summary>The number of slots.</summary>
    public int Capacity => _slots.Length;

    /// <summary>Items waiting (a snapshot; exact only on the consumer thread when the producer is idle).</summary>
    public int Count => (int)(Volatile.Read(ref _counters.Tail) - Volatile.Read(ref _counters.Head));

    /// <summary>Adds an item; false when the queue is full. Producer thread only.</summary>
    public bool TryEnqueue(in T item)
    {
        var tail = _counters.Tail;
        if (tail - Volatile.Read(ref _counters.Head) == _slots.Length)
        {
            return false;
        }

        _slots[tail & _mask] = item;
        Volatile.Write(ref _counters.Tail, tail + 1);
        return true;
    }

    /// <summary>Takes the oldest item; false when the queue is empty. Consumer thread only.</summary>
    public bool TryDequeue(out T item)
    {
        var head = _counters.Head;
        if (head == Volatile.Read(ref _counters.Tail))
        {
            item = default!;
            return false;
        }

        var slot = head & _mask;
        item = _slots[slot];
        _slots[slot] = default!;
        Volatile.Write(ref _counters.Head, head + 1);
        return true;
    }
}
