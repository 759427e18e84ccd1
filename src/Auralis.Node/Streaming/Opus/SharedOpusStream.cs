using System.Diagnostics;
using Auralis.Audio.Streaming;
using Auralis.Engine.Sessions;
using Auralis.Protocol.Audio;
using Concentus;
using Concentus.Enums;

namespace Auralis.Node.Streaming.Opus;

/// <summary>
/// A session's audio encoded to Opus once, for all its Opus listeners: one reader on the session's ring, one encoder,
/// 20 ms packets published to every <see cref="OpusTap"/>.
/// </summary>
/// <remarks>
/// The loop runs on the thread pool while at least one tap is open and waits, as a PCM connection does, for a whole packet
/// of frames. A ring reader that fell a ring behind skips ahead; the packet after the skip carries its true first frame, so
/// listeners see the gap. Encoding time is summed so the node (and the load benchmark) can tell what Opus costs a session.
/// </remarks>
public sealed class SharedOpusStream
{
    /// <summary>The bit rate: 64 kbit/s stereo is transparent enough for synthesized music and a tenth of 16-bit PCM's.</summary>
    public const int Bitrate = 64_000;

    private readonly Lock _lock = new();
    private readonly List<OpusTap> _taps = [];
    private readonly AudioRingBuffer _ring;
    private readonly long _ringStartFrame;
    private readonly Action<SharedOpusStream> _idle;
    private readonly CancellationTokenSource _stop = new();
    private long _encodeTicks;
    private long _packets;
    private long _bytes;

    internal SharedOpusStream(SessionId session, AudioRingBuffer ring, long ringStartFrame, Action<SharedOpusStream> idle)
    {
        Session = session;
        _ring = ring;
        _ringStartFrame = ringStartFrame;
        _idle = idle;
        var encoder = NewEncoder();
        PreSkip = encoder.Lookahead;
        _ = Task.Run(() => EncodeLoopAsync(encoder, _ring.OpenReader(), _stop.Token));
    }

    /// <summary>The session encoded.</summary>
    public SessionId Session { get; }

    /// <summary>The encoder's look-ahead in frames: the pre-skip an Ogg Opus header announces.</summary>
    public int PreSkip { get; }

    /// <summary>Time spent encoding so far.</summary>
    public TimeSpan EncodeTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _encodeTicks));

    /// <summary>Packets encoded so far.</summary>
    public long Packets => Interlocked.Read(ref _packets);

    /// <summary>Bytes of Opus packets encoded so far (without chunk headers).</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The encoder Auralis uses: 48 kHz stereo, music, <see cref="Bitrate"/>, variable bit rate.</summary>
    public static IOpusEncoder NewEncoder()
    {
        var encoder = OpusCodecFactory.CreateEncoder(AudioChunk.SampleRate, AudioChunk.Channels, OpusApplication.OPUS_APPLICATION_AUDIO);
        encoder.Bitrate = Bitrate;
        encoder.SignalType = OpusSignal.OPUS_SIGNAL_MUSIC;
        return encoder;
    }

    /// <summary>A new tap, or null when the stream has stopped (its last tap left) and a new one must be started.</summary>
    internal OpusTap? Join()
    {
        lock (_lock)
        {
            if (_stop.IsCancellationRequested)
            {
                return null;
            }

            var tap = new OpusTap(Leave);
            _taps.Add(tap);
            return tap;
        }
    }

    private void Leave(OpusTap tap)
    {
        lock (_lock)
        {
            _taps.Remove(tap);
            if (_taps.Count > 0)
            {
                return;
            }

            _stop.Cancel();
        }

        _idle(this);
    }

    private async Task EncodeLoopAsync(IOpusEncoder encoder, AudioRingReader reader, CancellationToken token)
    {
        var samples = new float[OpusChunk.FramesPerPacket * AudioChunk.Channels];
        var packet = new byte[OpusChunk.MaxPacketBytes];
        var filled = 0;
        long packetStart = 0;
        try
        {
            while (!token.IsCancellationRequested)
            {
                var wanted = OpusChunk.FramesPerPacket - filled;
                var available = reader.Available;
                if (available <= 0)
                {
                    await Task.Delay(Math.Clamp((int)(wanted * 1000L / AudioChunk.SampleRate), 2, 20), token).ConfigureAwait(false);
                    continue;
                }

                var lostBefore = reader.LostFrames;
                var frames = reader.Read(samples.AsSpan(filled * 2, (int)Math.Min(wanted, available) * 2), out var ringFrame);
                if (filled > 0 && reader.LostFrames != lostBefore)
                {
                    // The reader skipped ahead inside a packet: start the packet afresh at the frames after the skip.
                    samples.AsSpan(filled * 2, frames * 2).CopyTo(samples);
                    filled = 0;
                }

                if (filled == 0)
                {
                    packetStart = ringFrame + _ringStartFrame;
                }

                filled += frames;
                if (filled < OpusChunk.FramesPerPacket)
                {
                    continue;
                }

                filled = 0;
                var started = Stopwatch.GetTimestamp();
                var length = encoder.Encode(samples, OpusChunk.FramesPerPacket, packet, packet.Length);
                Interlocked.Add(ref _encodeTicks, Stopwatch.GetTimestamp() - started);
                Interlocked.Increment(ref _packets);
                Interlocked.Add(ref _bytes, length);
                Publish(new OpusPacket(packetStart, packet.AsSpan(0, length).ToArray()));
            }
        }
        catch (OperationCanceledException)
        {
            // The last listener left.
        }
    }

    private void Publish(OpusPacket packet)
    {
        lock (_lock)
        {
            foreach (var tap in _taps)
            {
                tap.Offer(packet);
            }
        }
    }
}
