using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using Auralis.Node.Streaming;
using Auralis.Protocol.Audio;

namespace Auralis.Benchmarks;

/// <summary>
/// A pcm16 WebSocket listener of the sessions scenario: counts the frames it hears, the frames lost (gaps in the chunks'
/// frame indexes) and the underruns and dropped frames the node's <c>stats</c> report for it.
/// </summary>
internal sealed class SessionsListener(string session) : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private ulong? _expected;
    private long _frames;
    private long _lostFrames;
    private long _underruns;
    private long _droppedFrames;
    private long _lastArrival;
    private long _longestGapTicks;
    private long _heardUnderruns;
    private readonly ListenerPlayout _playout = new(AudioChunk.SampleRate, Stopwatch.Frequency);

    public long Frames => Interlocked.Read(ref _frames);

    public long LostFrames => Interlocked.Read(ref _lostFrames);

    /// <summary>Underruns the node counted for this client (no audio for more than 100 ms), from its last <c>stats</c>.</summary>
    public long Underruns => Interlocked.Read(ref _underruns);

    /// <summary>Frames the node dropped for this client because it fell behind, from its last <c>stats</c>.</summary>
    public long DroppedFrames => Interlocked.Read(ref _droppedFrames);

    /// <summary>The longest time between two audio chunks this client received, since <see cref="ResetGaps"/>.</summary>
    public TimeSpan LongestGap => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _longestGapTicks));

    /// <summary>
    /// Times this client, playing from its first chunk at the sample rate, had played everything it had received when
    /// the next chunk came: the underruns it heard, send path and this process's own scheduling included.
    /// </summary>
    public long HeardUnderruns => Interlocked.Read(ref _heardUnderruns);

    /// <summary>Starts measuring the longest gap afresh.</summary>
    public void ResetGaps() => Interlocked.Exchange(ref _longestGapTicks, 0);

    public Task ConnectAsync(int port) =>
        _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/ws/sessions/{session}?audio=pcm16"), CancellationToken.None);

    public async Task RunAsync(CancellationToken stop)
    {
        var buffer = new byte[1 << 16];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(), stop);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (result.MessageType == WebSocketMessageType.Text && buffer.AsSpan(0, result.Count).IndexOf("\"stats\""u8) >= 0)
                {
                    ReadStats(buffer.AsSpan(0, result.Count));
                }
                else if (result.MessageType == WebSocketMessageType.Binary && AudioChunk.TryReadHeader(AudioFormat.Pcm16, buffer.AsSpan(0, result.Count), out var first, out var count, out _))
                {
                    if (_expected is { } expected && first > expected)
                    {
                        Interlocked.Add(ref _lostFrames, (long)(first - expected));
                    }

                    _expected = first + (ulong)count;
                    Interlocked.Add(ref _frames, count);
                    var now = Stopwatch.GetTimestamp();
                    Arrived(now);
                    if (_playout.Waiting(now, sleeping: false))
                    {
                        Interlocked.Increment(ref _heardUnderruns);
                    }

                    _playout.Sent(count, now);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The phase ended, or the node went away.
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", limit.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closing is a courtesy; the node copes with a client that vanishes.
        }

        _socket.Dispose();
    }

    private void Arrived(long now)
    {
        if (_lastArrival != 0)
        {
            var gap = now - _lastArrival;
            if (gap > Interlocked.Read(ref _longestGapTicks))
            {
                Interlocked.Exchange(ref _longestGapTicks, gap);
            }

        }

        _lastArrival = now;
    }

    private void ReadStats(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        if (root.TryGetProperty("type", out var type) && type.GetString() == "stats")
        {
            Interlocked.Exchange(ref _underruns, root.GetProperty("underruns").GetInt64());
            Interlocked.Exchange(ref _droppedFrames, root.GetProperty("droppedFrames").GetInt64());
        }
    }
}
