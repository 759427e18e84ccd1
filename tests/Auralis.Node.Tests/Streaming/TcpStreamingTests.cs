using System.Text;
using Auralis.Testing;
using Auralis.Node.Tests.Support;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Framing;
using Auralis.Protocol.Messages;

namespace Auralis.Node.Tests.Streaming;

[Collection(OpenNodeCollection.Name)]
public sealed class TcpStreamingTests(NodeFixture fixture)
{
    private TestNode Node => fixture.Node;

    [Fact]
    public async Task A_tcp_listener_gets_welcome_and_contiguous_audio_chunks()
    {
        await Node.CreateSessionAsync("tcp-listen", new { intensity = 0.8 });
        await using var client = await TcpTestClient.ConnectAsync(Node.TcpPort);
        await client.HelloAsync("tcp-listen", audio: AudioFormat.Pcm16);

        var welcome = await client.ReadUntilAsync<ServerMessages.Welcome>();
        Assert.NotNull(welcome);
        var expected = (ulong)welcome.Frame;
        var frames = 0;
        var loud = false;
        var samples = new float[8192];
        while (frames < 48_000)
        {
            var frame = await client.ReadAsync();
            Assert.NotNull(frame);
            if (frame.Value.Kind != FrameKind.Audio)
            {
                continue;
            }

            Assert.True(AudioChunk.TryDecode(AudioFormat.Pcm16, frame.Value.Payload.Span, samples, out var first, out var count, out _));
            Assert.Equal(expected, first);
            expected += (ulong)count;
            frames += count;
            loud |= samples.AsSpan(0, count * 2).ToArray().Any(s => Math.Abs(s) > 0.01f);
        }

        Assert.True(loud);
    }

    [Fact]
    public async Task Steering_over_tcp_changes_the_key_at_the_announced_tick()
    {
        await Node.CreateSessionAsync("tcp-steer");
        await using var client = await TcpTestClient.ConnectAsync(Node.TcpPort);
        await client.HelloAsync("tcp-steer", audio: AudioFormat.None);
        await client.ReadUntilAsync<ServerMessages.Welcome>();

        await client.SendAsync(new ClientMessages.Params(new Dictionary<string, WireValue> { ["key"] = "F#", ["intensity"] = 0.2 }));

        var key = await client.ReadUntilAsync<ServerMessages.Param>(p => p.Name == "key");
        Assert.NotNull(key);
        Assert.Equal(WireValue.Of("F#"), key.Value);
        var chord = await client.ReadUntilAsync<ServerMessages.Chord>(c => c.Tick >= key.AtTick, TimeSpan.FromSeconds(30));
        Assert.NotNull(chord);
        // Any chord of the new key, even a borrowed one, shares at least two tones with F# major; C major shares none.
        int[] fSharpMajor = [6, 8, 10, 11, 1, 3, 5];
        Assert.True(chord.PitchClasses.Count(fSharpMajor.Contains) >= 2, $"{chord.Symbol} is not in F#.");
    }

    [Fact]
    public async Task Malformed_frames_and_json_get_errors_and_the_connection_stays_usable()
    {
        await Node.CreateSessionAsync("tcp-bad");
        await using var client = await TcpTestClient.ConnectAsync(Node.TcpPort);
        await client.HelloAsync("tcp-bad", audio: AudioFormat.None);
        await client.ReadUntilAsync<ServerMessages.Welcome>();

        await client.SendJsonAsync("[1,2");
        Assert.Equal("malformed-json", (await client.ReadUntilAsync<ServerMessages.Error>())?.Code);
        await client.SendJsonAsync("""{"type":"transport","command":"loop","startTick":960,"endTick":480}""");
        Assert.Equal("bad-value", (await client.ReadUntilAsync<ServerMessages.Error>())?.Code);
        await client.SendAsync(new ClientMessages.Ping());
        Assert.NotNull(await client.ReadUntilAsync<ServerMessages.Pong>());
    }

    [Fact]
    public async Task An_oversize_frame_is_refused_before_it_is_read()
    {
        await Node.CreateSessionAsync("tcp-big");
        await using var client = await TcpTestClient.ConnectAsync(Node.TcpPort);
        await client.HelloAsync("tcp-big", audio: AudioFormat.None);
        await client.ReadUntilAsync<ServerMessages.Welcome>();

        await client.SendRawAsync([0x7f, 0xff, 0xff, 0xff, 1]);

        Assert.Equal("too-large", (await client.ReadUntilAsync<ServerMessages.Error>())?.Code);
        Assert.Null(await client.ReadUntilAsync<ServerMessages.Pong>(timeout: TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_garbage_preamble_gets_an_error_naming_it_and_a_close()
    {
        await using var client = await TcpTestClient.ConnectAsync(Node.TcpPort);

        await client.SendRawAsync(Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));

        // "GET " read as a length is a 1.2 GB frame: refused before anything is allocated, with a hint at what it was.
        var error = await client.ReadUntilAsync<ServerMessages.Error>();
        Assert.Equal("too-large", error?.Code);
        Assert.Contains("HTTP", error?.Message);
        Assert.Null(await client.ReadAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_first_frame_that_is_not_hello_is_refused()
    {
        await using var client = await TcpTestClient.ConnectAsync(Node.TcpPort);

        await client.SendAsync(new ClientMessages.Ping());

        Assert.Equal("unexpected-message", (await client.ReadUntilAsync<ServerMessages.Error>())?.Code);
    }

    [Fact]
    public async Task An_unknown_session_over_tcp_is_an_error()
    {
        await using var client = await TcpTestClient.ConnectAsync(Node.TcpPort);
        await client.HelloAsync("no-such-session");

        Assert.Equal("unknown-session", (await client.ReadUntilAsync<ServerMessages.Error>())?.Code);
    }
}
