using Auralis.Node.Tests.Osc;
using Auralis.Protocol.Osc;
using Auralis.Testing;

namespace Auralis.Node.Tests.Hostile;

/// <summary>Issue 21, items 8 and 9: a flood of UDP senders cannot lock a real one out, and the subscriber cap holds under concurrency.</summary>
public sealed class OscLimitTests
{
    private const int SenderTable = 4096;

    // Waits until the node has read `expected` datagrams in all, so that what follows is sent after them and none is lost to a full socket buffer.
    private static async Task<OscCounts> ReceivedAsync(TestNode node, long expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        OscCounts counts;
        do
        {
            counts = await node.OscStatsAsync();
            if (counts.Received >= expected)
            {
                return counts;
            }

            await Task.Delay(20);
        }
        while (DateTime.UtcNow < deadline);
        return counts;
    }

    [Fact]
    public async Task After_more_senders_than_the_table_holds_a_fresh_sender_still_steers()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?> { ["Auralis:OscPacketsPerSecond"] = "1000000" });
        await node.CreateSessionAsync("osc-flooded", new { seed = 1, bpm = 96, play = false });
        var junk = "not osc at all"u8.ToArray();
        var sent = 0L;
        for (var batch = 0; sent < SenderTable + 512; batch++)
        {
            for (var i = 0; i < 64; i++, sent++)
            {
                using var sender = new OscUdpTestClient(node.OscUdpPort);
                await sender.SendRawAsync(junk);
            }

            Assert.True((await ReceivedAsync(node, sent)).Received >= sent, $"the node read fewer than the {sent} datagrams sent");
        }

        using var fresh = new OscUdpTestClient(node.OscUdpPort);
        await fresh.SendAsync("/auralis/osc-flooded/param/bpm", 123);
        var bpm = await node.WaitForParameterAsync("osc-flooded", "bpm", v => v.GetDouble() == 123, TimeSpan.FromSeconds(30));
        var counts = await node.OscStatsAsync();

        Assert.Equal(123, bpm.GetDouble());
        Assert.Equal(0, counts.Rejections("osc-too-many-senders"));
    }

    [Fact]
    public async Task Simultaneous_subscribes_beyond_the_cap_are_refused_and_the_cap_holds()
    {
        const int cap = 8;
        const int subscribers = 60;
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["Auralis:OscPacketsPerSecond"] = "1000000",
            ["Auralis:OscMaxSubscribers"] = cap.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await node.CreateSessionAsync("osc-crowd", new { seed = 1, play = false });
        var clients = Enumerable.Range(0, subscribers).Select(_ => new OscUdpTestClient(node.OscUdpPort)).ToList();
        try
        {
            var before = (await node.OscStatsAsync()).Received;
            await Task.WhenAll(clients.Select(c => c.SendAsync("/auralis/osc-crowd/subscribe")));
            Assert.True((await ReceivedAsync(node, before + subscribers)).Received >= before + subscribers, "the node did not read every subscribe");

            // Every subscribe is answered once it is either serving or refused.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            OscCounts counts;
            do
            {
                counts = await node.OscStatsAsync();
            }
            while (counts.Subscribers + counts.Rejections("osc-too-many-subscribers") < subscribers && DateTime.UtcNow < deadline && await Delay());

            Assert.Equal(cap, counts.Subscribers);
            Assert.Equal(subscribers - cap, counts.Rejections("osc-too-many-subscribers"));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(20);
        return true;
    }
}
