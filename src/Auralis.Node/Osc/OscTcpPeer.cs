using System.Net;
using System.Threading.Channels;
using Auralis.Protocol.Osc;

namespace Auralis.Node.Osc;

/// <summary>A TCP connection's sender, answered on the same connection through a bounded queue that one loop writes out.</summary>
/// <remarks>A subscriber that reads too slowly loses events (the queue drops the oldest) rather than holding up the session.</remarks>
internal sealed class OscTcpPeer(IPEndPoint remote, bool slip, CancellationToken gone) : OscPeer(remote)
{
    private readonly Channel<byte[]> _outgoing = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(256)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    public override bool IsDatagram => false;

    public override object Key => this;

    public override CancellationToken Gone => gone;

    public override void Send(OscMessage message)
    {
        var packet = OscWriter.ToArray(message);
        _outgoing.Writer.TryWrite(slip ? OscSlip.ToArray(packet) : OscLengthPrefix.ToArray(packet));
    }

    /// <summary>Writes what is sent to <paramref name="stream"/> until the connection ends.</summary>
    public async Task SendLoopAsync(Stream stream, CancellationToken cancellationToken)
    {
        await foreach (var frame in _outgoing.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await stream.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
        }
    }
}
