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

    // How long a connection follows a session that left its node before it gives up: fail-over after a node's death was
    // measured at 16-24 s on a busy machine (issue 19), so a minute covers a slow one.
    private static readonly TimeSpan FollowFor = TimeSpan.FromSeconds(60);

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

        if (subscription.ListenerCount() > options.MaxClientsPerSession)
        {
            subscription.Listener.Dispose();
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
            state.Subscription.Listener.Dispose();
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

    // Relays the session's events; when its music goes away here but carries on (its node left or failed, or it restarts
    // after a fault), the connection keeps its socket, subscribes again wherever the session now lives, and says `moved`.
    private async Task EventLoopAsync(ConnectionState state, ChannelWriter<Outgoing> outgoing, CancellationToken token)
    {
        while (true)
        {
            var closing = await RelayAsync(state, outgoing, token).ConfigureAwait(false);
            if (closing is { Resumes: false } || gateway.Leaving)
            {
                var reason = closing?.Reason ?? "the node is leaving";
                await outgoing.WriteAsync((FrameKind.Json, ProtocolJson.Write(new ServerMessages.Closing(reason))), token).ConfigureAwait(false);
                state.CloseReason = reason;
                return;
            }

            log.LogInformation("Session {Session} went away from its node ({Reason}); following it", state.Id, closing?.Reason ?? "its stream ended");
            if (await FollowAsync(state.Id, token).ConfigureAwait(false) is not { } next)
            {
                const string lost = "the session could not be reached again after it moved";
                await outgoing.WriteAsync((FrameKind.Json, ProtocolJson.Write(new ServerMessages.Closing(lost))), token).ConfigureAwait(false);
                state.CloseReason = lost;
                return;
            }

            var attachment = state.Attach(next);
            var moved = new ServerMessages.Moved(state.Id.Value, attachment.Reader.NextFrame + next.RingStartFrame, WireMapping.Info(next.View));
            await outgoing.WriteAsync((FrameKind.Json, ProtocolJson.Write(moved)), token).ConfigureAwait(false);
            log.LogInformation("Session {Session} followed to {Node}; audio resumes at frame {Frame}", state.Id, next.View.Node, moved.Frame);
        }
    }

    // Sends what the session publishes until it closes (the closing is returned, and sent on only when it is final) or its
    // stream ends without one (null).
    private static async Task<SessionClosing?> RelayAsync(ConnectionState state, ChannelWriter<Outgoing> outgoing, CancellationToken token)
    {
        await foreach (var output in state.Subscription.Listener.Outputs.ReadAllAsync(token).ConfigureAwait(false))
        {
            if (output is SessionClosing closing)
            {
                return closing;
            }

            if (WireMapping.ToWire(output) is { } message)
            {
                await outgoing.WriteAsync((FrameKind.Json, ProtocolJson.Write(message)), token).ConfigureAwait(false);
            }
        }

        return null;
    }

    // Subscribes again until the session answers from its new home, pausing longer each time (0.25 s up to 2 s), for at most
    // FollowFor; null when it never did, or this node began to leave.
    private async Task<Subscribed?> FollowAsync(SessionId id, CancellationToken token)
    {
        var until = Stopwatch.GetTimestamp() + (long)(FollowFor.TotalSeconds * Stopwatch.Frequency);
        var pause = TimeSpan.FromMilliseconds(250);
        while (Stopwatch.GetTimestamp() < until && !gateway.Leaving)
        {
            try
            {
                if ((await gateway.SubscribeAsync(id, token).ConfigureAwait(false)).Value is { } subscription)
                {
                    return subscription;
                }
            }
            catch (Akka.Actor.AskTimeoutException)
            {
                // The shard is still being handed over or recovered; ask again.
            }

            await Task.Delay(pause, token).ConfigureAwait(false);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
        }

        return null;
    }

    private async Task AudioLoopAsync(ConnectionState state, ChannelWriter<Outgoing> outgoing, CancellationToken token)
    {
        var samples = new float[ChunkFrames * 2];
        while (!token.IsCancellationRequested)
        {
            var format = state.Format;
            var attachment = state.Current;
            if (state.Opus is not null && (format != AudioFormat.Opus || state.OpusFor != attachment))
            {
                state.Opus.Dispose();
                state.Opus = null;
            }

            if (format == AudioFormat.Opus)
            {
                await OpusAsync(state, attachment, outgoing, token).ConfigureAwait(false);
                continue;
            }

            var reader = attachment.Reader;
            if (format == AudioFormat.None)
            {
                // Audio the client turned off is not audio it lost: skipping it is not counted as dropped.
                var lostBefore = reader.LostFrames;
                reader.SkipToLatest();
                state.SkippedFrames += reader.LostFrames - lostBefore;
                await Task.Delay(20, token).ConfigureAwait(false);
                continue;
            }

            // Whole chunks only: the render thread writes a quantum (a chunk's length) at a time, so waiting for a chunk to
            // fill sends one message per quantum, and the wait is as long as the missing frames take at real time.
            var available = reader.Available;
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
            var frames = reader.Read(samples, out var ringFrame);
            var length = AudioChunk.PayloadLength(format, frames);
            var payload = ArrayPool<byte>.Shared.Rent(length);
            AudioChunk.Encode(format, (ulong)(ringFrame + attachment.Subscription.RingStartFrame), samples.AsSpan(0, frames * 2), payload.AsSpan(0, length));
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
    private async Task OpusAsync(ConnectionState state, Attachment attachment, ChannelWriter<Outgoing> outgoing, CancellationToken token)
    {
        if (state.Opus is null)
        {
            state.Opus = opus.Join(attachment.Subscription).Tap;
            state.OpusFor = attachment;
        }

        var reader = attachment.Reader;
        var lostBefore = reader.LostFrames;
        reader.SkipToLatest();
        state.SkippedFrames += reader.LostFrames - lostBefore;
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
                state.DroppedFrames + state.LostFrames - state.SkippedFrames, state.Subscription.ListenerCount(), state.Sleeping);
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

    // One subscription and the client's cursor in its ring; a connection that follows its session gets a new one.
    private sealed class Attachment(Subscribed subscription)
    {
        public Subscribed Subscription { get; } = subscription;

        /// <summary>The client's cursor: it starts the session's render-ahead depth behind the newest frame, so that depth is the client's buffer.</summary>
        public Audio.Streaming.AudioRingReader Reader { get; } = subscription.Ring.OpenReader(Math.Max(0, subscription.Ring.WrittenFrames - subscription.DepthFrames));
    }

    private sealed class ConnectionState(Subscribed subscription, AudioFormat format, Role role, SessionId id)
    {
        private Attachment _current = new(subscription);
        private long _lostBefore;

        public Attachment Current => Volatile.Read(ref _current);

        public Subscribed Subscription => Current.Subscription;

        public Audio.Streaming.AudioRingReader Reader => Current.Reader;

        /// <summary>Frames the client's cursors lost by falling a ring behind, over every subscription it had.</summary>
        public long LostFrames => Interlocked.Read(ref _lostBefore) + Current.Reader.LostFrames;

        /// <summary>Moves the client to <paramref name="next"/> (its session's new home) and ends the old subscription.</summary>
        public Attachment Attach(Subscribed next)
        {
            var old = Current;
            var attachment = new Attachment(next);
            Interlocked.Add(ref _lostBefore, old.Reader.LostFrames);
            Volatile.Write(ref _current, attachment);
            old.Subscription.Listener.Dispose();
            return attachment;
        }

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

        /// <summary>The subscription whose ring <see cref="Opus"/> encodes.</summary>
        public Attachment? OpusFor { get; set; }
    }
}
