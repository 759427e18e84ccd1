namespace Auralis.Protocol.Osc;

/// <summary>How large a packet and how deep its bundles may be before <see cref="OscReader"/> refuses it.</summary>
public sealed record OscLimits
{
    /// <summary>64 KiB: the largest UDP datagram, far above any control message.</summary>
    public const int DefaultMaxPacketSize = 64 * 1024;

    /// <summary>Eight bundles inside one another: far more than any scheduler needs, few enough to bound the reader's recursion.</summary>
    public const int DefaultMaxDepth = 8;

    /// <summary>The ceiling on <see cref="MaxDepth"/>: the reader recurses once per level, so the stack stays small.</summary>
    public const int DepthCeiling = 64;

    /// <summary>Creates limits; a depth of 0 refuses every bundle.</summary>
    public OscLimits(int maxPacketSize = DefaultMaxPacketSize, int maxDepth = DefaultMaxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPacketSize, 4);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDepth, DepthCeiling);
        MaxPacketSize = maxPacketSize;
        MaxDepth = maxDepth;
    }

    /// <summary>The defaults: 64 KiB, depth 8.</summary>
    public static OscLimits Default { get; } = new();

    /// <summary>The largest packet accepted, in bytes.</summary>
    public int MaxPacketSize { get; }

    /// <summary>The most bundles accepted inside one another (a top-level bundle is depth 1).</summary>
    public int MaxDepth { get; }
}
