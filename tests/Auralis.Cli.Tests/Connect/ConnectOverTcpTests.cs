using System.Net;
using System.Net.Sockets;
using Auralis.Audio.Codecs;
using Auralis.Cli.Connect;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Framing;
using Auralis.Protocol.Json;
using Auralis.Protocol.Messages;
using static Auralis.Protocol.Messages.ServerMessages;

namespace Auralis.Cli.Tests.Connect;

/// <summary>Framing edge cases against an in-process fake node; the real node's end-to-end tests live with the node.</summary>
public sealed class ConnectOverTcpTests
{
    [Fact]
    public void The_hello_frame_is_a_json_frame_with_a_big_endian_length()
    {
        var frame = TcpServerConnection.HelloFrame("demo", "t", AudioFormat.Pcm16);

        Assert.Equal(frame.Length - 4, (frame[0] << 24) | (frame[1] << 16) | (frame[2] << 8) | frame[3]);
        Assert.Equal((byte)FrameKind.Json, frame[4]);
        Assert.True(ProtocolJson.TryReadClientMessage(frame.AsSpan(5), out var message, out _));
        Assert.Equal(new ClientMessages.Hello("demo", "t", AudioFormat.Pcm16), message);
    }

    [Fact]
    public async Task Frames_split_at_every_byte_are_reassembled_and_a_recording_fills_its_gap_and_stops_at_its_length()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var wav = Path.Combine(Path.GetTempPath(), "auralis-rec-" + Guid.NewGuid().ToString("N") + ".wav");
        var node = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            var stream = client.GetStream();
            var hello = await FrameReader.ReadFrameAsync(stream, 1 << 16);
            Assert.True(ProtocolJson.TryReadClientMessage(hello.Frame.Payload.Span, out var message, out _));
            Assert.Equal(new ClientMessages.Hello("demo", null, AudioFormat.F32), message);
            await SendAsync(stream, Json(new Welcome("demo", 48_000, 2, AudioFormat.F32, 1000, EventLinesTests.State)), byteByByte: true);
            var param = await FrameReader.ReadFrameAsync(stream, 1 << 16);
            Assert.True(ProtocolJson.TryReadClientMessage(param.Frame.Payload.Span, out var set, out _));
            Assert.Equal(new ClientMessages.Param("bpm", 999), set);
            await SendAsync(stream, Json(new Error("bad-value", "bpm must lie in 20..300")), byteByByte: false);
            await SendAsync(stream, Audio(1000, 128), byteByByte: true);
            await SendAsync(stream, Audio(1228, 128), byteByByte: false);
            await SendAsync(stream, Audio(1356, 128), byteByByte: false);
            _ = await stream.ReadAtLeastAsync(new byte[1], 1, throwOnEndOfStream: false);
        });

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["connect", "demo", "--tcp", $"127.0.0.1:{port}", "--set", "bpm=999", "--record", wav, "--seconds", "0.008", "--no-play"],
            stdout, stderr);
        await node.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, code);
        Assert.Contains("error code=bad-value message=bpm must lie in 20..300", stdout.ToString());
        Assert.Contains("recorded 384 frames from frame 1000", stdout.ToString());
        Assert.Contains("100 frames missing before frame 1228", stderr.ToString());
        var audio = WavReader.Read(wav);
        File.Delete(wav);
        Assert.Equal((WavSampleFormat.Float32, 384), (audio.Format, audio.Frames));
        var left = audio.Channel(0);
        Assert.Equal(1127, (int)Math.Round(left[127] * 1e4));
        Assert.All(left[128..228], s => Assert.Equal(0f, s));
        Assert.Equal(1228, (int)Math.Round(left[228] * 1e4));
        Assert.Equal(1383, (int)Math.Round(left[^1] * 1e4));
    }

    [Fact]
    public async Task A_connection_lost_mid_recording_is_opened_again_on_the_next_node_and_the_recording_goes_on()
    {
        using var first = new TcpListener(IPAddress.Loopback, 0);
        using var second = new TcpListener(IPAddress.Loopback, 0);
        first.Start();
        second.Start();
        // The first node welcomes, sends one chunk and dies (its socket is reset); the second is where the session moved.
        var dying = Task.Run(async () =>
        {
            using var client = await first.AcceptTcpClientAsync();
            var stream = client.GetStream();
            await FrameReader.ReadFrameAsync(stream, 1 << 16);
            await SendAsync(stream, Json(new Welcome("demo", 48_000, 2, AudioFormat.F32, 1000, EventLinesTests.State)), byteByByte: false);
            await SendAsync(stream, Audio(1000, 128), byteByByte: false);
            client.Client.LingerState = new LingerOption(true, 0);
        });
        var survivor = Task.Run(async () =>
        {
            using var client = await second.AcceptTcpClientAsync();
            var stream = client.GetStream();
            var hello = await FrameReader.ReadFrameAsync(stream, 1 << 16);
            Assert.True(ProtocolJson.TryReadClientMessage(hello.Frame.Payload.Span, out var message, out _));
            Assert.Equal(new ClientMessages.Hello("demo", null, AudioFormat.F32), message);
            await SendAsync(stream, Json(new Welcome("demo", 48_000, 2, AudioFormat.F32, 1300, EventLinesTests.State)), byteByByte: false);
            await SendAsync(stream, Audio(1300, 128), byteByByte: false);
            await SendAsync(stream, Audio(1428, 128), byteByByte: false);
            _ = await stream.ReadAtLeastAsync(new byte[1], 1, throwOnEndOfStream: false);
        });
        var wav = Path.Combine(Path.GetTempPath(), "auralis-rec-" + Guid.NewGuid().ToString("N") + ".wav");

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["connect", "demo", "--tcp", $"127.0.0.1:{((IPEndPoint)first.LocalEndpoint).Port}",
            "--tcp", $"127.0.0.1:{((IPEndPoint)second.LocalEndpoint).Port}", "--record", wav, "--seconds", "0.009", "--no-play"], stdout, stderr);
        await Task.WhenAll(dying, survivor).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, code);
        Assert.Contains("reconnecting", stderr.ToString());
        Assert.Contains($"reconnected to 127.0.0.1:{((IPEndPoint)second.LocalEndpoint).Port}; audio resumes at frame 1300", stderr.ToString());
        var audio = WavReader.Read(wav);
        File.Delete(wav);
        Assert.Equal(432, audio.Frames);
        var left = audio.Channel(0);
        Assert.Equal(1127, (int)Math.Round(left[127] * 1e4));
        Assert.All(left[128..300], s => Assert.Equal(0f, s));
        Assert.Equal(1300, (int)Math.Round(left[300] * 1e4));
    }

    [Fact]
    public async Task A_node_that_is_not_there_cannot_be_reached()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var tcp = await CliRun.RunAsync("connect", "demo", "--tcp", $"127.0.0.1:{port}");
        var ws = await CliRun.RunAsync("connect", "demo", "--url", $"http://127.0.0.1:{port}");
        var sessions = await CliRun.RunAsync("sessions", "--url", $"http://127.0.0.1:{port}");

        Assert.Equal((1, 1, 1), (tcp.ExitCode, ws.ExitCode, sessions.ExitCode));
        Assert.StartsWith($"auralis connect: cannot reach the node at 127.0.0.1:{port}", tcp.Error);
        Assert.StartsWith($"auralis connect: cannot reach the node at http://127.0.0.1:{port}/", ws.Error);
        Assert.StartsWith($"auralis sessions: cannot reach the node at http://127.0.0.1:{port}/", sessions.Error);
    }

    private static byte[] Json(ServerMessage message) => FrameWriter.ToArray(FrameKind.Json, ProtocolJson.Write(message));

    private static byte[] Audio(long firstFrame, int frames)
    {
        var samples = Enumerable.Range(0, frames).SelectMany(i => new[] { (firstFrame + i) / 1e4f, 0f }).ToArray();
        var payload = new byte[AudioChunk.PayloadLength(AudioFormat.F32, frames)];
        AudioChunk.Encode(AudioFormat.F32, (ulong)firstFrame, samples, payload);
        return FrameWriter.ToArray(FrameKind.Audio, payload);
    }

    private static async Task SendAsync(NetworkStream stream, byte[] frame, bool byteByByte)
    {
        if (!byteByByte)
        {
            await stream.WriteAsync(frame);
            return;
        }

        for (var i = 0; i < frame.Length; i++)
        {
            await stream.WriteAsync(frame.AsMemory(i, 1));
            await stream.FlushAsync();
        }
    }
}
