using System.Buffers.Binary;
using Auralis.Testing;
using System.Net;
using Auralis.Node.Osc;
using Auralis.Node.Tests.Support;
using Auralis.Protocol.Osc;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Auralis.Node.Tests.Osc;

[Collection(OscNodeCollection.Name)]
public sealed class OscFloodTests(OscNodeFixture fixture, ITestOutputHelper output)
{
    private const int Packets = 20_000;

    /// <summary>Sent between waits for the node to catch up, few enough that the socket's receive buffer never overflows.</summary>
    private const int Batch = 100;

    private TestNode Node => fixture.Node;

    [Fact]
    public async Task Twenty_thousand_garbage_and_mutated_packets_are_all_counted_and_the_node_stays_ready()
    {
        await Node.CreateSessionAsync("osc-flood");
        var stats = Node.App.Services.GetRequiredService<OscStats>();
        var before = await Node.OscStatsAsync();
        using var client = new OscUdpTestClient(Node.OscUdpPort);
        var random = new Random(20_260);
        var valid = Valid();
        for (var sent = 0; sent < Packets; sent++)
        {
            await client.SendRawAsync(Garbage(random, valid, sent));
            if ((sent + 1) % Batch == 0)
            {
                await CatchUpAsync(stats, before.Received + sent + 1);
            }
        }

        var after = await SettledAsync();
        output.WriteLine($"sent {Packets}: received {after.Received - before.Received}, accepted {after.Accepted - before.Accepted}");
        foreach (var (reason, count) in after.Rejected.OrderByDescending(r => r.Value))
        {
            output.WriteLine($"  {reason,-26} {count - before.Rejections(reason)}");
        }

        Assert.Equal(Packets, after.Received - before.Received);
        Assert.Equal(after.Received, after.Accepted + after.RejectedTotal);
        foreach (var reason in new[]
                 {
                     OscErrorCodes.Empty, OscErrorCodes.Misaligned, OscErrorCodes.Truncated, OscErrorCodes.BadAddress, OscErrorCodes.LyingSize,
                     OscErrorCodes.TooDeep, OscErrorCodes.UnknownAddress, OscErrorCodes.BadValue, OscErrorCodes.BadBundle,
                 })
        {
            Assert.True(after.Rejections(reason) > before.Rejections(reason), $"nothing was rejected as {reason}");
        }

        using var ready = await Node.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        await client.SendAsync("/auralis/osc-flood/param/bpm", 211);
        Assert.Equal(211, (await Node.WaitForParameterAsync("osc-flood", "bpm", v => v.GetDouble() == 211)).GetDouble());
    }

    private static async Task CatchUpAsync(OscStats stats, long received)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (stats.Snapshot(0).Received < received && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1);
        }
    }

    /// <summary>The counters once every packet in flight (those waiting for a session) has its outcome.</summary>
    private async Task<OscCounts> SettledAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var counts = await Node.OscStatsAsync();
        while (counts.Accepted + counts.RejectedTotal < counts.Received && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            counts = await Node.OscStatsAsync();
        }

        return counts;
    }

    private static byte[][] Valid() =>
    [
        OscWriter.ToArray(new OscMessage("/auralis/osc-flood/param/bpm", 120f)),
        OscWriter.ToArray(new OscMessage("/auralis/osc-flood/param/key", "D")),
        OscWriter.ToArray(new OscMessage("/auralis/osc-flood/price", 101.5f)),
        OscWriter.ToArray(new OscBundle(OscTimeTag.Immediately, new OscMessage("/auralis/osc-flood/param/intensity", 0.4f),
            new OscMessage("/auralis/osc-flood/param/mode", "dorian"))),
    ];

    /// <summary>One bad packet of eight kinds in turn, most of them made from a valid one.</summary>
    private static byte[] Garbage(Random random, byte[][] valid, int index)
    {
        var source = valid[random.Next(valid.Length)];
        switch (index % 8)
        {
            case 0:
                var noise = new byte[random.Next(0, 129)];
                random.NextBytes(noise);
                return noise;
            case 1:
                var flipped = (byte[])source.Clone();
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return flipped;
            case 2:
                return source[..random.Next(source.Length)];
            case 3:
                var bundle = OscWriter.ToArray(new OscBundle(OscTimeTag.Immediately, new OscMessage("/auralis/osc-flood/param/bpm", 100)));
                BinaryPrimitives.WriteInt32BigEndian(bundle.AsSpan(16), random.Next(int.MinValue, int.MaxValue) | 0x100);
                return bundle;
            case 4:
                return OscWriter.ToArray(new OscMessage($"/auralis/osc-flood/nothing-{index}", 1));
            case 5:
                return OscWriter.ToArray(new OscMessage("/auralis/osc-flood/param/bpm", "fast"));
            case 6:
                OscPacket deep = new OscMessage("/auralis/osc-flood/param/bpm", 100);
                for (var depth = 0; depth < 12; depth++)
                {
                    deep = new OscBundle(OscTimeTag.Immediately, deep);
                }

                return OscWriter.ToArray(deep);
            default:
                var header = "#bundlX\0"u8.ToArray();
                return [.. header, .. new byte[8]];
        }
    }
}
