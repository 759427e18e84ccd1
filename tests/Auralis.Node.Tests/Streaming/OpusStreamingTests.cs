using System.Net.WebSockets;
using Auralis.Node.Streaming.Opus;
using Auralis.Node.Tests.Support;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Framing;
using Auralis.Protocol.Messages;
using Auralis.Testing;
using Concentus;
using Microsoft.Extensions.DependencyInjection;

namespace Auralis.Node.Tests.Streaming;

[Collection(OpenNodeCollection.Name)]
public sealed class OpusStreamingTests(NodeFixture fixture)
{
    // 16-bit PCM stereo at 48 kHz: 192 000 bytes a second, 3 840 bytes per 20 ms.
    private const int Pcm16BytesPerPacket = OpusChunk.FramesPerPacket * 4;

    private TestNode Node => fixture.Node;

    [Fact]
    public async Task A_websocket_listener_gets_frame_indexed_opus_that_decodes_to_the_music_at_a_tenth_of_pcm16()
    {
        await Node.CreateSessionAsync("opus-ws", new { intensity = 0.9 });
        await using var client = await WebSocketTestClient.ConnectAsync(Node.WebSocketUri("opus-ws", "opus"));

        var welcome = await client.ReadUntilAsync<ServerMessages.Welcome>();
        Assert.NotNull(welcome);
        Assert.Equal(AudioFormat.Opus, welcome.Format);
        var packets = new List<(ulong First, byte[] Packet)>();
        while (packets.Count < 100)
        {
            var message = await client.ReadAsync();
            Assert.NotNull(message);
            if (message.Value.Type == WebSocketMessageType.Binary)
            {
                Assert.True(OpusChunk.TryRead(message.Value.Data, out var first, out var packet, out var error), error?.Message);
                packets.Add((first, packet.ToArray()));
            }
        }

        AssertFrameIndexed(packets);
        AssertAudible(packets);
        var perPacket = packets.Average(p => p.Packet.Length + AudioChunk.HeaderLength);
        Assert.True(perPacket <= Pcm16BytesPerPacket / 10.0, $"{perPacket:F0} bytes per 20 ms; pcm16 takes {Pcm16BytesPerPacket}.");
    }

    [Fact]
    public async Task Listeners_of_one_session_share_one_encoder_and_get_the_same_packets()
    {
        await Node.CreateSessionAsync("opus-shared", new { intensity = 0.9 });
        await using var first = await WebSocketTestClient.ConnectAsync(Node.WebSocketUri("opus-shared", "opus"));
        await using var second = await TcpTestClient.ConnectAsync(Node.TcpPort);
        await second.HelloAsync("opus-shared", audio: AudioFormat.Opus);

        var fromWebSocket = await PacketsAsync(first, 75);
        var fromTcp = new Dictionary<ulong, byte[]>();
        while (fromTcp.Count < 75)
        {
            var frame = await second.ReadAsync();
            Assert.NotNull(frame);
            if (frame.Value.Kind == FrameKind.Audio)
            {
                Assert.True(OpusChunk.TryRead(frame.Value.Payload, out var index, out var packet, out _));
                fromTcp[index] = packet.ToArray();
            }
        }

        Assert.Single(Node.App.Services.GetRequiredService<OpusEncoders>().Streams, stream => stream.Session.Value == "opus-shared");
        var common = fromWebSocket.Keys.Intersect(fromTcp.Keys).ToList();
        Assert.True(common.Count > 10, $"Only {common.Count} packets in common.");
        Assert.All(common, index => Assert.Equal(fromWebSocket[index], fromTcp[index]));
        AssertAudible([.. fromTcp.OrderBy(p => p.Key).Select(p => (p.Key, p.Value))]);
    }

    [Fact]
    public async Task The_encoder_stops_when_its_last_listener_leaves()
    {
        await Node.CreateSessionAsync("opus-leave");
        var encoders = Node.App.Services.GetRequiredService<OpusEncoders>();
        await using (var client = await WebSocketTestClient.ConnectAsync(Node.WebSocketUri("opus-leave", "opus")))
        {
            await PacketsAsync(client, 5);
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (encoders.Sessions.Contains("opus-leave") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.DoesNotContain("opus-leave", encoders.Sessions);
    }

    internal static void AssertFrameIndexed(IReadOnlyList<(ulong First, byte[] Packet)> packets)
    {
        var contiguous = 0;
        for (var i = 1; i < packets.Count; i++)
        {
            var step = packets[i].First - packets[i - 1].First;
            Assert.True(step > 0 && step % OpusChunk.FramesPerPacket == 0, $"Packet {i} starts {step} frames after the one before.");
            contiguous += step == OpusChunk.FramesPerPacket ? 1 : 0;
        }

        Assert.True(contiguous >= packets.Count / 2, $"Only {contiguous} of {packets.Count} packets follow the one before.");
    }

    internal static void AssertAudible(IReadOnlyList<(ulong First, byte[] Packet)> packets)
    {
        var decoder = OpusCodecFactory.CreateDecoder(AudioChunk.SampleRate, AudioChunk.Channels);
        var samples = new float[5760 * 2];
        var loudest = 0f;
        foreach (var (_, packet) in packets)
        {
            var frames = decoder.Decode(packet, samples, 5760, false);
            Assert.Equal(OpusChunk.FramesPerPacket, frames);
            loudest = Math.Max(loudest, samples.AsSpan(0, frames * 2).ToArray().Max(Math.Abs));
        }

        Assert.True(loudest > 0.01f, $"The decoded audio is silent (peak {loudest}).");
    }

    private static async Task<Dictionary<ulong, byte[]>> PacketsAsync(WebSocketTestClient client, int count)
    {
        var packets = new Dictionary<ulong, byte[]>();
        while (packets.Count < count)
        {
            var message = await client.ReadAsync();
            Assert.NotNull(message);
            if (message.Value.Type == WebSocketMessageType.Binary)
            {
                Assert.True(OpusChunk.TryRead(message.Value.Data, out var index, out var packet, out _));
                packets[index] = packet.ToArray();
            }
        }

        return packets;
    }
}
