namespace Auralis.Audio.Rendering;

/// <summary>Pending render events ordered by frame (then by arrival), in a preallocated binary heap.</summary>
/// <remarks>Owned by the render thread; never grows, so a full heap refuses the event and the caller counts it.</remarks>
internal sealed class RenderEventHeap(int capacity)
{
    private readonly RenderEvent[] _events = new RenderEvent[capacity];
    private readonly long[] _order = new long[capacity];
    private long _arrivals;

    /// <summary>How many events wait.</summary>
    public int Count { get; private set; }

    /// <summary>Adds an event; false when the heap is full.</summary>
    public bool TryPush(in RenderEvent item)
    {
        if (Count == _events.Length)
        {
            return false;
        }

        var index = Count++;
        _events[index] = item;
        _order[index] = _arrivals++;
        while (index > 0)
        {
            var parent = (index - 1) / 2;
            if (!Before(index, parent))
            {
                break;
            }

            Swap(index, parent);
            index = parent;
        }

        return true;
    }

    /// <summary>The earliest pending event, if any.</summary>
    public bool TryPeek(out RenderEvent next)
    {
        next = Count > 0 ? _events[0] : default;
        return Count > 0;
    }

    /// <summary>Removes the earliest event.</summary>
    public RenderEvent Pop()
    {
        var first = _events[0];
        Count--;
        if (Count > 0)
        {
            _events[0] = _events[Count];
            _order[0] = _order[Count];
            var index = 0;
            while (true)
            {
                var left = (2 * index) + 1;
                var right = left + 1;
                var smallest = index;
                if (left < Count && Before(left, smallest))
                {
                    smallest = left;
                }

                if (right < Count && Before(right, smallest))
                {
                    smallest = right;
                }

                if (smallest == index)
                {
                    break;
                }

                Swap(index, smallest);
                index = smallest;
            }
        }

        _events[Count] = default;
        return first;
    }

    /// <summary>Drops every pending event.</summary>
    public void Clear()
    {
        Array.Clear(_events, 0, Count);
        Count = 0;
    }

    private bool Before(int a, int b) =>
        _events[a].Frame < _events[b].Frame || (_events[a].Frame == _events[b].Frame && _order[a] < _order[b]);

    private void Swap(int a, int b)
    {
        (_events[a], _events[b]) = (_events[b], _events[a]);
        (_order[a], _order[b]) = (_order[b], _order[a]);
    }
}
