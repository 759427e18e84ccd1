using System.Threading.Channels;

namespace Auralis.Node.Streaming.Opus;

/// <summary>One listener's share of a session's Opus stream: a bounded queue of packets that drops the oldest when the listener falls behind.</summary>
public sealed class OpusTap : IDisposable
{
    // Half a second of packets: more than a healthy socket ever holds, little enough that a stalled one stays current.
    private const int Capacity = 25;

    private readonly Channel<OpusPacket> _packets;
    private readonly Action<OpusTap> _leave;
    private long _droppedPackets;
    private int _disposed;

    internal OpusTap(Action<OpusTap> leave)
    {
        _leave = leave;
        _packets = Channel.CreateBounded<OpusPacket>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = true },
            _ => Interlocked.Increment(ref _droppedPackets));
    }

    /// <summary>The packets, oldest first.</summary>
    public ChannelReader<OpusPacket> Packets => _packets.Reader;

    /// <summary>Packets dropped because this listener fell behind.</summary>
    public long DroppedPackets => Interlocked.Read(ref _droppedPackets);

    internal void Offer(OpusPacket packet) => _packets.Writer.TryWrite(packet);

    /// <summary>Leaves the stream; the last tap to leave stops the session's encoder.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _packets.Writer.TryComplete();
            _leave(this);
        }
    }
}
