using System.Net.Sockets;
using Auralis.Testing;
using Auralis.Node.Tests.Support;
using Auralis.Protocol;
using Auralis.Protocol.Osc;

namespace Auralis.Node.Tests.Osc;

[Collection(OscNodeCollection.Name)]
public sealed class OscTcpTests(OscNodeFixture fixture)
{
    private TestNode Node => fixture.Node;

    [Fact]
    public async Task A_length_prefixed_param_over_tcp_changes_the_bpm_even_split_at_every_byte()
    {
        await Node.CreateSessionAsync("osc-tcp-length");
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", fixture.OscTcpPort);
        var stream = client.GetStream();
        var framed = OscLengthPrefix.ToArray(OscWriter.ToArray(new OscMessage("/auralis/osc-tcp-length/param/bpm", 144f)));

        foreach (var b in framed)
        {
            await stream.WriteAsync(new[] { b });
            await stream.FlushAsync();
        }

        Assert.Equal(144, (await Node.WaitForParameterAsync("osc-tcp-length", "bpm", v => v.GetDouble() == 144)).GetDouble());
    }

    [Fact]
    public async Task A_subscriber_over_tcp_gets_length_prefixed_notes_on_its_connection()
    {
        await Node.CreateSessionAsync("osc-tcp-listen", new { intensity = 0.9 });
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", fixture.OscTcpPort);
        var stream = client.GetStream();
        await stream.WriteAsync(OscLengthPrefix.ToArray(OscWriter.ToArray(new OscMessage("/auralis/osc-tcp-listen/subscribe"))));

        var note = await ReadUntilAsync(stream, new OscLengthPrefixDecoder().TryRead, "/auralis/osc-tcp-listen/note");

        Assert.NotNull(note);
        Assert.Equal(",siii", note.TypeTags);
    }

    [Fact]
    public async Task A_slip_framed_param_over_tcp_changes_the_key()
    {
        var port = FreePort.Next();
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["Auralis:OscTcp"] = port.ToString(),
            ["Auralis:OscFraming"] = "slip",
        });
        await node.CreateSessionAsync("osc-tcp-slip");
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();

        // Line noise and a bad escape first: SLIP finds its footing again at the next END.
        await stream.WriteAsync(new byte[] { 0x01, 0x02, OscSlip.Esc, 0x00, OscSlip.End });
        await stream.WriteAsync(OscSlip.ToArray(OscWriter.ToArray(new OscMessage("/auralis/osc-tcp-slip/param/key", "G"))));
        await stream.WriteAsync(OscSlip.ToArray(OscWriter.ToArray(new OscMessage("/auralis/osc-tcp-slip/param/bpm", 101))));

        Assert.Equal("G", (await node.WaitForParameterAsync("osc-tcp-slip", "key", v => v.GetString() == "G")).GetString());
        Assert.Equal(101, (await node.WaitForParameterAsync("osc-tcp-slip", "bpm", v => v.GetDouble() == 101)).GetDouble());
        var stats = await node.OscStatsAsync();
        Assert.Equal(1, stats.Rejections(OscErrorCodes.BadEscape));
        Assert.Equal(2, stats.Accepted);
    }

    private delegate bool Cut(ref ReadOnlySpan<byte> input, out byte[] packet, out ProtocolError? error);

    private static async Task<OscMessage?> ReadUntilAsync(NetworkStream stream, Cut cut, string address)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer, timeout.Token);
                if (read == 0)
                {
                    return null;
                }

                if (Find(cut, buffer.AsSpan(0, read), address) is { } found)
                {
                    return found;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private static OscMessage? Find(Cut cut, ReadOnlySpan<byte> input, string address)
    {
        while (cut(ref input, out var packet, out _))
        {
            if (OscReader.TryRead(packet, out var read, out _) && read is OscMessage message && message.Address == address)
            {
                return message;
            }
        }

        return null;
    }
}
