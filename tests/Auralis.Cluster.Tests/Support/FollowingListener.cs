using System.Collections.Concurrent;
using System.Net.Sockets;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Framing;
using Auralis.Protocol.Json;
using Auralis.Protocol.Messages;
using Auralis.Testing;

namespace Auralis.Cluster.Tests.Support;

/// <summary>
/// A TCP client listening to one session on one node for as long as the test runs: it records, in order, every message
/// and every audio chunk's first frame and length, and whether the node ever closed the socket.
/// </summary>
public sealed class FollowingListener : IAsyncDisposable
{
    private readonly TcpClient _client = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<Heard> _heard = new();
    private Task _reading = Task.CompletedTask;

    /// <summary>Why the connection ended (null while it is open).</summary>
    public string? Ended { get; private set; }

    /// <summary>Everything heard so far, in order.</summary>
    public IReadOnlyList<Heard> Heard => [.. _heard];

    public static async Task<FollowingListener> ConnectAsync(NodeProcess node, string session)
    {
        var listener = new FollowingListener();
        await listener._client.ConnectAsync("127.0.0.1", node.TcpPort);
        var stream = listener._client.GetStream();
        await FrameWriter.WriteFrameAsync(stream, FrameKind.Json, ProtocolJson.Write(new ClientMessages.Hello(session, null, AudioFormat.Pcm16)));
        listener._reading = Task.Run(() => listener.ReadAsync(stream));
        return listener;
    }

    /// <summary>Waits until what was heard satisfies <paramref name="done"/>; false when <paramref name="limit"/> passed or the connection ended first.</summary>
    public async Task<bool> WaitUntilAsync(Func<IReadOnlyList<Heard>, bool> done, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until && Ended is null)
        {
            if (done(Heard))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return done(Heard);
    }

    private async Task ReadAsync(NetworkStream stream)
    {
        try
        {
            while (true)
            {
                var result = await FrameReader.ReadFrameAsync(stream, 1 << 24, _stop.Token);
                if (result.Status != FrameReadStatus.Frame)
                {
                    Ended = $"the node closed the socket ({result.Status})";
                    return;
                }

                if (result.Frame.Kind == FrameKind.Audio)
                {
                    if (AudioChunk.TryReadHeader(AudioFormat.Pcm16, result.Frame.Payload.Span, out var frame, out var frames, out _))
                    {
                        _heard.Enqueue(new Heard(null, (long)frame, frames));
                    }
                }
                else if (ProtocolJson.TryReadServerMessage(result.Frame.Payload.Span, out var message, out _))
                {
                    _heard.Enqueue(new Heard(message, 0, 0));
                }
            }
        }
        catch (OperationCanceledException)
        {
            Ended = "stopped by the test";
        }
        catch (IOException e)
        {
            Ended = $"the socket broke: {e.Message}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _client.Dispose();
        await _reading.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }
}

/// <summary>One thing a listener heard: a message, or an audio chunk (its first frame and how many frames).</summary>
public sealed record Heard(ServerMessage? Message, long Frame, int Frames)
{
    public bool IsAudio => Message is null;
}
