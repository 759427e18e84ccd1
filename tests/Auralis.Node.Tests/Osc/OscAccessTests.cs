using Auralis.Node.Tests.Support;
using Auralis.Testing;
using Auralis.Protocol.Osc;
using Auralis.Engine.Listeners;

namespace Auralis.Node.Tests.Osc;

/// <summary>A node with keys: over OSC a sender shows its key once with <c>/auralis/auth</c>, and gets that key's rights.</summary>
public sealed class OscAccessTests : IAsyncLifetime
{
    private const string Admin = "osc-admin-key";
    private const string Performer = "osc-performer-key";
    private const string Listener = "osc-listener-key";

    private TestNode _node = null!;

    public async Task InitializeAsync() => _node = await TestNode.StartAsync(new Dictionary<string, string?>
    {
        ["Auralis:ApiKeys:0:Key"] = Admin,
        ["Auralis:ApiKeys:0:Role"] = "admin",
        ["Auralis:ApiKeys:1:Key"] = Performer,
        ["Auralis:ApiKeys:1:Role"] = "performer",
        ["Auralis:ApiKeys:2:Key"] = Listener,
        ["Auralis:ApiKeys:2:Role"] = "listener",
        ["Auralis:OscPacketsPerSecond"] = "20",
    });

    public async Task DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task Only_a_performers_key_lets_a_udp_sender_steer_and_only_a_key_gets_it_events()
    {
        await _node.CreateSessionAsync("osc-keys", new { intensity = 0.9 }, Admin);
        using var client = new OscUdpTestClient(_node.OscUdpPort);

        await client.SendAsync("/auralis/osc-keys/param/bpm", 150);
        await client.SendAsync("/auralis/osc-keys/subscribe");
        await client.SendAsync("/auralis/auth", "not-a-key");
        Assert.Null(await client.ReceiveAsync("/auralis/osc-keys/note", TimeSpan.FromSeconds(1)));
        await client.SendAsync("/auralis/auth", Listener);
        await client.SendAsync("/auralis/osc-keys/param/bpm", 151);
        await client.SendAsync("/auralis/osc-keys/subscribe");
        Assert.NotNull(await client.ReceiveAsync("/auralis/osc-keys/note", TimeSpan.FromSeconds(20)));
        await client.SendAsync("/auralis/auth", Performer);
        await client.SendAsync("/auralis/osc-keys/param/bpm", 152);

        Assert.Equal(152, (await _node.WaitForParameterAsync("osc-keys", "bpm", v => v.GetDouble() == 152, TimeSpan.FromSeconds(5), Listener)).GetDouble());
        var stats = await _node.OscStatsAsync(Listener);
        Assert.Equal(3, stats.Rejections("osc-unauthorized"));
        Assert.Equal(1, stats.Rejections("osc-forbidden"));
    }

    [Fact]
    public async Task A_sender_over_its_rate_has_the_rest_of_its_packets_counted_as_rate_limited()
    {
        await _node.CreateSessionAsync("osc-rate", parameters: null, Admin);

        // Its own loopback address, so its bucket is its own.
        using var client = new OscUdpTestClient(_node.OscUdpPort, "127.0.0.2");
        var auth = OscWriter.ToArray(new OscMessage("/auralis/auth", Performer));
        for (var i = 0; i < 200; i++)
        {
            await client.SendRawAsync(auth);
        }

        var deadline = DateTime.UtcNow.AddSeconds(5);
        var stats = await _node.OscStatsAsync(Listener);
        while (stats.Received < 200 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            stats = await _node.OscStatsAsync(Listener);
        }

        Assert.InRange(stats.Rejections("osc-rate-limited"), 150, 200 - 20);
    }
}
