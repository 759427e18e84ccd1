using System.Buffers;
using System.Diagnostics;
using System.Threading.Channels;
using Auralis.Engine.Sessions;
using Auralis.Engine.Listeners;
using Auralis.Node.Configuration;
using Auralis.Node.Hosting;
using Auralis.Node.Security;
using Auralis.Node.Streaming.Opus;
using Auralis.Protocol;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Framing;
using Auralis.Protocol.Json;
using Auralis.Protocol.Messages;
using static Auralis.Engine.Sessions.SessionQueries;
using static Auralis.Engine.Listeners.ListenerMessages;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Node.Streaming;

/// <summary>
/// One client listening to (and perhaps steering) a session, over either transport: it subscribes, sends
/// <c>welcome</c>, then runs three loops — events from the listener's queue, audio from the ring with the client's own
/// cursor, and the client's messages — until the client or the session goes away.
/// </summary>
/// <remarks>
/// Everything sent goes through one bounded queue drained by a single sender, so a socket never has two sends at once.
/// Audio is offered, never awaited: when the queue is full the chunk is dropped and counted, so a slow client loses
/// audio instead of slowing anyone else; the ring reader likewise skips ahead when the client falls a ring behind.
/// </remarks>
public sealed class ClientConnection(SessionGateway gateway, NodeOptions options, NodeMetrics metrics, OpusEncoders opus, ILogger<ClientConnection> log)
{
    private const int SampleRate = AudioChunk.SampleRate;
    // 40 ms of audio a message: what a message costs (a frame, a send, a receive and its wake-up on the client) is paid
    // 25 times a second rather than 50, and a listener given the render-ahead depth still holds more than 100 ms.
    private const int ChunkFrames = 1920;

    /// <summary>Serves <paramref name="transport"/> for session <paramref name="id"/> until either side ends.</summary>
    public async Task RunAsync(IClientTransport transport, SessionId id, AudioFormat format, Role role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transport);
        var answer = await gateway.SubscribeAsync(id, cancellationToken).ConfigureAwait(false);
        if (answer.Value is not { } subscription)
        {
            var reason = answer.Rejection?.Message ?? $"Session '{id}' cannot be reached.";
            await SendErrorNowAsync(transport, ErrorCodes.UnknownSession, reason, cancellationToken).ConfigureAwait(false);
            await transport.CloseAsync("unknown session", cancellationToken).ConfigureAwait(false);
            return;
        }

        using var listener = subscription.Listener;
        if (subscription.ListenerCount() > options.MaxClientsPerSession)
        {
            await SendErrorNowAsync(transport, ErrorCodes.SessionFull, $"Session '{id}' has its {options.MaxClientsPerSession} listeners.", cancellationToken)
                .ConfigureAwait(false);
            await transport.CloseAsync("session full", cancellationToken).ConfigureAwait(false);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var state = new ConnectionState(subscription, format, role, id);
        var outgoing = Channel.CreateBounded<Outgoing>(new BoundedChannelOptions(256) { SingleReader = true });
        metrics.ClientConnected();
        try
        {
            var welcome = new ServerMessages.Welcome(id.Value, SampleRate, 2, format, state.Reader.NextFrame + subscription.RingStartFrame,
                WireMapping.Info(subscription.View));
            outgoing.Writer.TryWrite((FrameKind.Json, ProtocolJson.Write(welcome)));
            var sending = SendLoopAsync(transport, outgoing.Reader, stop.Token);
            var loops = new[]
            {
                EventLoopAsync(state, outgoing.Writer, stop.Token),
                AudioLoopAsync(state, outgoing.Writer, stop.Token),
                ReceiveLoopAsync(transport, state, outgoing.Writer, stop.Token),
                StatsLoopAsync(state, outgoing.Writer, stop.Token),
            };
            var ended = await Task.WhenAny(loops).ConfigureAwait(false);
            outgoing.Writer.TryComplete();
            await Task.WhenAny(sending, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None)).ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(loops.Append(sending).Select(Quietly)).ConfigureAwait(false);
            await transport.CloseAsync(state.CloseReason, CancellationToken.None).ConfigureAwait(false);
            _ = ended;
        }
        finally
        {
            state.Opus?.Dispose();
            metrics.ClientDisconnected(state.DroppedFrames);
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or System.Net.WebSockets.WebSocketException or ObjectDisposedException)
        {
            // The connection is ending; its loops stop however they were interrupted.
        }
    }

    private static async Task SendLoopAsync(IClientTransport transport, ChannelReader<Outgoing> outgoing, CancellationToken token)
    {
        await foreach (var message in outgoing.ReadAllAsync(token).ConfigureAwait(false))
        {
            await transport.SendAsync(message.Kind, message.Payload.AsMemory(0, message.Length), token).ConfigureAwait(false);
            if (message.Pooled)
            {
                ArrayPool<byte>.Shared.Return(message.Payload);
            }
        }
    }

    private static async Task EventLoopAsync(ConnectionState state, ChannelWriter<Outgoing> outgoing, CancellationToken token)
    {
        await foreach (var output in state.Subscription.Listener.Outputs.ReadAllAsync(token).ConfigureAwait(false))
        {
            if (WireMapping.ToWire(output) is not { } message)
            {
                continue;
            }

            await outgoing.WriteAsync((FrameKind.Json, ProtocolJson.Write(message)), token).ConfigureAwait(false);
            if (output is SessionClosing closing)
            {
                state.CloseReason = closing.Reason;
                return;
            }
        }

        state.CloseReason = "session closed";
    }

    private async Task AudioLoopAsync(ConnectionState state, ChannelWriter<Outgoing> outgoing, CancellationToken token)
    {
        var samples = new float[ChunkFrames * 2];
        while (!token.IsCancellationRequested)
        {
            var format = state.Format;
            if (format != AudioFormat.Opus && state.Opus is not null)
            {
                state.Opus.Dispose();
                state.Opus = null;
            }

            if (format == AudioFormat.Opus)
            {
                await OpusAsync(state, outgoing, token).ConfigureAwait(false);
                continue;
            }

            if (format == AudioFormat.None)
            {
                // Audio the client turned off is not audio it lost: skipping it is not counted as dropped.
                var lostBefore = state.Reader.LostFrames;
                state.Reader.SkipToLatest();
                state.SkippedFrames += state.Reader.LostFrames - lostBefore;
                await Task.Delay(20, token).ConfigureAwait(false);
                continue;
            }

            // Whole chunks only: the render thread writes a quantum (a chunk's length) at a time, so waiting for a chunk to
            // fill sends one message per quantum, and the wait is as long as the missing frames take at real time.
            var available = state.Reader.Available;
            if (available < ChunkFrames)
            {
                // A session that sleeps (its music stopped) sends nothing on purpose: that is not an underrun.
                state.Playout.Waiting(Stopwatch.GetTimestamp(), state.Sleeping);
                await Task.Delay(UntilChunk(available), token).ConfigureAwait(false);
                continue;
            }

            // A chunk that comes after the client has played all it had is late however it was delayed (this loop's own
            // turn on a busy thread pool included): the client ran dry before it.
            var now = Stopwatch.GetTimestamp();
            state.Playout.Waiting(now, state.Sleeping);
            var frames = state.Reader.Read(samples, out var ringFrame);
            var length = AudioChunk.PayloadLength(format, frames);
            var payload = ArrayPool<byte>.Shared.Rent(length);
            AudioChunk.Encode(format, (ulong)(ringFrame + state.Subscription.RingStartFrame), samples.AsSpan(0, frames * 2), payload.AsSpan(0, length));
            if (outgoing.TryWrite(new Outgoing(FrameKind.Audio, payload, length, Pooled: true)))
            {
                state.Playout.Sent(frames, now);
            }
            else
            {
                ArrayPool<byte>.Shared.Return(payload);
                state.DroppedFrames += frames;
            }
        }
    }

    // One packet of the session's shared Opus stream, or 20 ms of waiting for one. The connection's own ring reader follows
    // the ring so its depth stays meaningful; the frames it passes are the encoder's to lose, not this client's.
    private async Task OpusAsync(ConnectionState state, ChannelWriter<Outgoing> outgoing, CancellationToken token)
    {
        state.Opus ??= opus.Join(state.Subscription).Tap;
        var lostBefore = state.Reader.LostFrames;
        state.Reader.SkipToLatest();
        state.SkippedFrames += state.Reader.LostFrames - lostBefore;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
        wait.CancelAfter(TimeSpan.FromMilliseconds(20));
        OpusPacket packet;
        try
        {
            packet = await state.Opus.Packets.ReadAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            return;
        }

        if (!outgoing.TryWrite((FrameKind.Audio, OpusChunk.Write((ulong)packet.FirstFrame, packet.Packet))))
        {
            state.DroppedFrames += OpusChunk.FramesPerPacket;
        }
    }

    // How long the frames a chunk still lacks take to play, between 2 ms and a chunk's length.
    private static int UntilChunk(long available) => (int)Math.Clamp((ChunkFrames - available) * 1000 / SampleRate, 2, ChunkFrames * 1000 / SampleRate);

    private async Task ReceiveLoopAsync(IClientTransport transport, ConnectionState state, ChannelWriter<Outgoing> outgoing, CancellationToken token)
    {
        var bucket = new RateBucket(options.MessagesPerSecond);
        while (!token.IsCancellationRequested)
        {
            var frame = await transport.ReceiveAsync(token).ConfigureAwait(false);
            if (frame.Ended)
            {
                state.CloseReason = "client closed";
                return;
            }

            if (frame.Error is { } error)
            {
                await outgoing.WriteAsync(Error(error.Code, error.Message), token).ConfigureAwait(false);
                if (frame.Fatal)
                {
                    state.CloseReason = error.Code;
                    return;
                }

                continue;
            }

            if (!bucket.TryTake())
            {
                await outgoing.WriteAsync(Error(ErrorCodes.RateLimited, $"At most {options.MessagesPerSecond} messages a second."), token).ConfigureAwait(false);
                continue;
            }

            if (!ProtocolJson.TryReadClientMessage(frame.Json.Span, out var message, out var parseError))
            {
                await outgoing.WriteAsync(Error(parseError.Code, parseError.Message), token).ConfigureAwait(false);
                continue;
            }

            if (await HandleAsync(state, message, token).ConfigureAwait(false) is { } reply)
            {
                await outgoing.WriteAsync(reply, token).ConfigureAwait(false);
            }
        }
    }

    private async Task<(FrameKind, byte[])?> HandleAsync(ConnectionState state, ClientMessage message, CancellationToken token)
    {
        switch (message)
        {
            case ClientMessages.Ping:
                return (FrameKind.Json, ProtocolJson.Write(new ServerMessages.Pong()));
            case ClientMessages.Subscribe subscribe:
                state.Format = subscribe.Audio;
                return null;
            case ClientMessages.Hello:
                return Error(ErrorCodes.UnexpectedMessage, "hello comes once, first, and only over TCP.");
        }

        if (WireMapping.ToCommand(state.Id, message) is not { } command)
        {
            return Error(ErrorCodes.UnexpectedMessage, $"A client does not send '{message.Type}'.");
        }

        var key = message.RequestId;
        if (state.Role < Role.Performer)
        {
            return Error(ErrorCodes.Forbidden, "A listener key may listen but not steer.", key);
        }

        SessionAnswer<CommandAccepted> answer;
        try
        {
            answer = await gateway.AskAsync<CommandAccepted>(command, token).ConfigureAwait(false);
        }
        catch (Akka.Actor.AskTimeoutException)
        {
            return Error(ErrorCodes.Unavailable,
                $"Session '{state.Id}' did not answer in time; the change may or may not have been applied: resend it with the same requestId to have it applied once.", key);
        }

        return (answer.Rejection, answer.Value, key) switch
        {
            ({ } rejection, _, _) => Error(rejection.Code == Rejection.NotFound ? ErrorCodes.UnknownSession : ErrorCodes.BadValue, rejection.Message, key),
            (null, { } accepted, { } requestId) => (FrameKind.Json, ProtocolJson.Write(new ServerMessages.Accepted(requestId, accepted.AtTick))),
            _ => null,
        };
    }

    private async Task StatsLoopAsync(ConnectionState state, ChannelWriter<Outgoing> outgoing, CancellationToken token)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(token).ConfigureAwait(false))
        {
            var stats = new ServerMessages.Stats((int)Math.Min(int.MaxValue, state.Reader.Available), state.Underruns,
                state.DroppedFrames + state.Reader.LostFrames - state.SkippedFrames, state.Subscription.ListenerCount(), state.Sleeping);
            outgoing.TryWrite((FrameKind.Json, ProtocolJson.Write(stats)));
            log.LogDebug("Client of {Session}: depth {Depth}, dropped {Dropped}", state.Id, stats.RingDepth, stats.DroppedFrames);
        }
    }

    private static (FrameKind, byte[]) Error(string code, string message, string? requestId = null) =>
        (FrameKind.Json, ProtocolJson.Write(new ServerMessages.Error(code, message, requestId)));

    private static ValueTask SendErrorNowAsync(IClientTransport transport, string code, string message, CancellationToken token) =>
        transport.SendAsync(FrameKind.Json, Error(code, message).Item2, token);

    // What the send loop sends: a pooled audio payload goes back to the pool once sent (or dropped).
    private readonly record struct Outgoing(FrameKind Kind, byte[] Payload, int Length, bool Pooled)
    {
        public static implicit operator Outgoing((FrameKind Kind, byte[] Payload) message) => new(message.Kind, message.Payload, message.Payload.Length, Pooled: false);
    }

    private sealed class ConnectionState(Subscribed subscription, AudioFormat format, Role role, SessionId id)
    {
        public Subscribed Subscription { get; } = subscription;

        public Engine.Listeners.Listener Listener => Subscription.Listener;

        /// <summary>The client's cursor: it starts the session's render-ahead depth behind the newest frame, so that depth is the client's buffer.</summary>
        public Audio.Streaming.AudioRingReader Reader { get; } = subscription.Ring.OpenReader(Math.Max(0, subscription.Ring.WrittenFrames - subscription.DepthFrames));

        public ListenerPlayout Playout { get; } = new(SampleRate, Stopwatch.Frequency);

        public SessionId Id { get; } = id;

        public Role Role { get; } = role;

        public volatile AudioFormat Format = format;

        public long DroppedFrames { get; set; }

        public long Underruns => Playout.Underruns;

        public long SkippedFrames { get; set; }

        /// <summary>True while the session renders nothing on purpose (false where that cannot be known).</summary>
        public bool Sleeping => Subscription.Sleeping?.Invoke() ?? false;

        public string CloseReason { get; set; } = "closing";

        /// <summary>This client's share of the session's Opus stream while it takes Opus.</summary>
        public OpusTap? Opus { get; set; }
    }
}
