using Auralis.Node.Tests.Support;
using Auralis.Testing;
using Auralis.Protocol.Osc;

namespace Auralis.Node.Tests.Osc;

[Collection(OscNodeCollection.Name)]
public sealed class OscUdpTests(OscNodeFixture fixture)
{
    private TestNode Node => fixture.Node;

    [Fact]
    public async Task Bpm_and_key_sent_over_udp_show_in_the_session_state()
    {
        await Node.CreateSessionAsync("osc-udp-steer");
        using var client = new OscUdpTestClient(Node.OscUdpPort);

        await client.SendAsync("/auralis/osc-udp-steer/param/bpm", 120f);
        await client.SendAsync("/auralis/osc-udp-steer/param/key", "Eb");

        Assert.Equal(120, (await Node.WaitForParameterAsync("osc-udp-steer", "bpm", v => v.GetDouble() == 120)).GetDouble());
        Assert.Equal("Eb", (await Node.WaitForParameterAsync("osc-udp-steer", "key", v => v.GetString() == "Eb")).GetString());
    }

    [Fact]
    public async Task A_float_of_one_half_is_normalized_onto_the_bpm_range()
    {
        await Node.CreateSessionAsync("osc-udp-fader");
        using var client = new OscUdpTestClient(Node.OscUdpPort);

        await client.SendAsync("/auralis/osc-udp-fader/param/bpm", 0.5f);

        // 20 + 0.5 × (300 − 20): a TouchOSC fader at its middle.
        Assert.Equal(160, (await Node.WaitForParameterAsync("osc-udp-fader", "bpm", v => v.GetDouble() == 160)).GetDouble());

        // An int is the value itself, never a fraction of the range.
        await client.SendAsync("/auralis/osc-udp-fader/param/bpm", 90);
        Assert.Equal(90, (await Node.WaitForParameterAsync("osc-udp-fader", "bpm", v => v.GetDouble() == 90)).GetDouble());
    }

    [Fact]
    public async Task A_subscriber_receives_notes_back_over_udp()
    {
        await Node.CreateSessionAsync("osc-udp-listen", new { intensity = 0.9 });
        using var client = new OscUdpTestClient(Node.OscUdpPort);

        await client.SendAsync("/auralis/osc-udp-listen/subscribe");

        var note = await client.ReceiveAsync("/auralis/osc-udp-listen/note", TimeSpan.FromSeconds(20));
        Assert.NotNull(note);
        Assert.Equal(",siii", note.TypeTags);
        var pitch = Assert.IsType<OscArgument.Int32>(note.Arguments[1]).Value;
        Assert.InRange(pitch, 0, 127);
        Assert.NotNull(await client.ReceiveAsync("/auralis/osc-udp-listen/beat", TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_bundle_timetagged_ahead_applies_at_its_time_not_at_once()
    {
        await Node.CreateSessionAsync("osc-udp-later");
        using var client = new OscUdpTestClient(Node.OscUdpPort);
        var at = DateTimeOffset.UtcNow.AddSeconds(2);

        await client.SendAsync(new OscBundle(OscTimeTag.FromDateTimeOffset(at),
            new OscMessage("/auralis/osc-udp-later/param/bpm", 77), new OscMessage("/auralis/osc-udp-later/param/key", "A")));

        await Task.Delay(700);
        Assert.Equal(96, (await Node.ParameterAsync("osc-udp-later", "bpm")).GetDouble());
        Assert.Equal("C", (await Node.ParameterAsync("osc-udp-later", "key")).GetString());
        Assert.True((await Node.OscStatsAsync()).Held >= 1);

        var bpm = await Node.WaitForParameterAsync("osc-udp-later", "bpm", v => v.GetDouble() == 77);
        Assert.True(DateTimeOffset.UtcNow >= at);
        Assert.Equal(77, bpm.GetDouble());
        Assert.Equal("A", (await Node.ParameterAsync("osc-udp-later", "key")).GetString());
    }

    [Fact]
    public async Task A_bundle_marked_immediately_applies_now()
    {
        await Node.CreateSessionAsync("osc-udp-now");
        using var client = new OscUdpTestClient(Node.OscUdpPort);

        await client.SendAsync(new OscBundle(OscTimeTag.Immediately, new OscMessage("/auralis/osc-udp-now/param/bpm", 133)));

        Assert.Equal(133, (await Node.WaitForParameterAsync("osc-udp-now", "bpm", v => v.GetDouble() == 133, TimeSpan.FromSeconds(3))).GetDouble());
    }

    [Fact]
    public async Task A_bundle_an_hour_ahead_is_refused_and_counted()
    {
        await Node.CreateSessionAsync("osc-udp-far");
        using var client = new OscUdpTestClient(Node.OscUdpPort);
        var before = (await Node.OscStatsAsync()).Rejections("osc-too-far-ahead");

        await client.SendAsync(new OscBundle(OscTimeTag.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(1)),
            new OscMessage("/auralis/osc-udp-far/param/bpm", 61)));

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while ((await Node.OscStatsAsync()).Rejections("osc-too-far-ahead") == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(before + 1, (await Node.OscStatsAsync()).Rejections("osc-too-far-ahead"));
        Assert.Equal(96, (await Node.ParameterAsync("osc-udp-far", "bpm")).GetDouble());
    }
}
