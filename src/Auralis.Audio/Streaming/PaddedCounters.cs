using System.Runtime.InteropServices;

namespace Auralis.Audio.Streaming;

/// <summary>A queue's head and tail, each on a cache line of its own so producer and consumer never share one.</summary>
/// <remarks>Kept outside the generic queue: the runtime refuses explicit layout on types nested in generic classes.</remarks>
[StructLayout(LayoutKind.Explicit, Size = 192)]
internal struct PaddedCounters
{
    /// <summary>The consumer's count of items taken.</summary>
    [FieldOffset(64)]
    public long Head;

    /// <summary>The producer's count of items added.</summary>
    [FieldOffset(128)]
    public long Tail;
}
