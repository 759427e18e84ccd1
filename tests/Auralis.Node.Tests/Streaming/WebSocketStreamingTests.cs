using System.Net.WebSockets;
using Auralis.Testing;
using Auralis.Node.Tests.Support;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Messages;

namespace Auralis.Node.Tests.Streaming;

[Collection(OpenNodeCollection.Name)]
public sealed class WebSocketStreamingTests(NodeFixture fixture)
{
    private TestNode Node => fixture.Node;

    [Fact]
    public async Task A_websocket_listener_gets_welcome_notes_and_contiguous_audible_audio()
    {
        await Node.CreateSessionAsync("ws-listen", new { intensity = 0.9 });
        await using var client = await WebSocketTestClient.ConnectAsync(Node.WebSocketUri("ws-listen", "f32"));

        var welcome = await client.ReadUntilAsync<ServerMessages.Welcome>();
        Assert.NotNull(welcome);
        Assert.Equal(48_000, welcome.SampleRate);
        Assert.Equal(2, welcome.Channels);
        Assert.Equal(AudioFormat.F32, welcome.Format);

        var expected = (ulong)welcome.Frame;
        var frames = 0;
        var notes = 0;
        var loudest = 0f;
        var samples = new float[8192];
        while (frames < 48_000 * 2)
        {
            var message = await client.ReadAsync();
            Assert.NotNull(message);
            if (message.Value.Type == WebSocketMessageType.Binary)
            {
                Assert.True(AudioChunk.TryDecode(AudioFormat.F32, message.Value.Data, samples, out var first, out var count, out _));
                Assert.Equal(expected, first);
                expected += (ulong)count;
                frames += count;
                loudest = Math.Max(loudest, samples.AsSpan(0, count * 2).ToArray().Max(Math.Abs));
            }
            else if (message.Value.Data.AsSpan().IndexOf("\"type\":\"note\""u8) >= 0)
            {
                notes++;
            }
        }

        Assert.True(loudest > 0.01f, $"The audio is silent (peak {loudest}).");
        Assert.True(notes > 3, $"Only {notes} notes arrived in two seconds.");
    }

    [Fact]
    public async Task A_change_sent_over_the_websocket_is_announced_and_arrives_at_its_tick()
    {
        await Node.CreateSessionAsync("ws-steer");
        await using var client = await WebSocketTestClient.ConnectAsync(Node.WebSocketUri("ws-steer", "none"));
        await client.ReadUntilAsync<ServerMessages.Welcome>();

        await client.SendAsync(new ClientMessages.Param("bpm", 144));
        var scheduled = await client.ReadUntilAsync<ServerMessages.Param>(p => p.Name == "bpm");
        Assert.NotNull(scheduled);
        Assert.Equal(WireValue.Of(144), scheduled.Value);

        var arrived = await client.ReadUntilAsync<ServerMessages.Transport>(t => t.Tick >= scheduled.AtTick);
        Assert.NotNull(arrived);
        Assert.Equal(scheduled.AtTick, arrived.Tick);
        using var state = await Node.Http.GetAsync("/api/v1/sessions/ws-steer");
        Assert.Contains("\"bpm\":144", await state.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_messages_get_errors_and_the_websocket_stays_usable()
    {
        await Node.CreateSessionAsync("ws-bad");
        await using var client = await WebSocketTestClient.ConnectAsync(Node.WebSocketUri("ws-bad", "none"));
        await client.ReadUntilAsync<ServerMessages.Welcome>();

        await client.SendTextAsync("{not json");
        Assert.Equal("malformed-json", (await client.ReadUntilAsync<ServerMessages.Error>())?.Code);
        await client.SendTextAsync("""{"type":"dance"}""");
        Assert.Equal("unknown-type", (await client.ReadUntilAsync<ServerMessages.Error>())?.Code);
        await client.SendAsync(new ClientMessages.Param("bpm", 10_000));
        Assert.Equal("bad-value", (await client.ReadUntilAsync<ServerMessages.Error>())?.Code);
        await client.SendAsync(new ClientMessages.Param("flux", 1));
        Assert.Equal("bad-value", (await client.ReadUntilAsync<ServerMessages.Error>())?.Code);

        await client.SendAsync(new ClientMessages.Ping());
        Assert.NotNull(await client.ReadUntilAsync<ServerMessages.Pong>());
    }

    [Fact]
    public async Task An_oversize_websocket_message_closes_with_1009()
    {
        await Node.CreateSessionAsync("ws-big");
        await using var client = await WebSocketTestClient.ConnectAsync(Node.WebSocketUri("ws-big", "none"));
        await client.ReadUntilAsync<ServerMessages.Welcome>();

        await client.SendTextAsync("{\"type\":\"ping\",\"pad\":\"" + new string('x', 70_000) + "\"}");
        while (await client.ReadAsync() is not null)
        {
        }

        Assert.Equal(WebSocketCloseStatus.MessageTooBig, client.Socket.CloseStatus);
    }

    [Fact]
    public async Task A_websocket_from_an_origin_not_allowed_is_refused()
    {
        await Node.CreateSessionAsync("ws-origin");

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => WebSocketTestClient.ConnectAsync(Node.WebSocketUri("ws-origin"), "https://evil.example"));

        Assert.Contains("403", refused.Message);
    }

    [Fact]
    public async Task An_unknown_session_is_an_error_and_a_close()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Node.WebSocketUri("nobody-here"));

        var error = await client.ReadUntilAsync<ServerMessages.Error>();

        Assert.Equal("unknown-session", error?.Code);
        Assert.Null(await client.ReadAsync());
    }
}
