using System.Collections.Concurrent;
using Auralis.Engine.Sessions;
using Auralis.Engine.Listeners;
using Auralis.Node.Configuration;
using static Auralis.Engine.Listeners.ListenerMessages;

namespace Auralis.Node.Osc;

/// <summary>The OSC subscribers: each a session's listener drained into OSC messages to the peer, until it lapses or the peer goes.</summary>
/// <remarks>
/// A subscription lasts <see cref="NodeOptions.OscSubscriptionSeconds"/> unless the peer subscribes again, so a UDP
/// subscriber that went away without a word stops being sent to; the number of subscriptions is capped.
/// </remarks>
public sealed class OscSubscriptions(NodeOptions options, OscSessionLink sessions, OscStats stats, ILogger<OscSubscriptions> log) : IDisposable
{
    private readonly ConcurrentDictionary<(object Peer, SessionId Session), Subscription> _live = new();
    private readonly CancellationTokenSource _stopping = new();

    // Slots taken, counting subscribes still waiting on their session: the cap is checked and taken in one step, before any await.
    private int _slots;

    /// <summary>How many subscriptions are served now.</summary>
    public int Count => _live.Count;

    private TimeSpan Lifetime => TimeSpan.FromSeconds(Math.Max(1, options.OscSubscriptionSeconds));

    /// <summary>Subscribes <paramref name="peer"/> to session <paramref name="id"/>, or renews its subscription; null when done, or why not.</summary>
    public async Task<string?> SubscribeAsync(OscPeer peer, SessionId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(peer);
        var key = (peer.Key, id);
        if (_live.TryGetValue(key, out var existing))
        {
            existing.Renew(Lifetime);
            return null;
        }

        if (Interlocked.Increment(ref _slots) > options.OscMaxSubscribers)
        {
            Interlocked.Decrement(ref _slots);
            return OscRejections.TooManySubscribers;
        }

        (Subscribed? Answer, string? Refusal) answer;
        try
        {
            var region = await sessions.RegionAsync(cancellationToken).ConfigureAwait(false);
            answer = await OscSessionLink.Ask<Subscribed>(region, new ListenerMessages.Subscribe(id)).ConfigureAwait(false);
        }
        catch
        {
            Interlocked.Decrement(ref _slots);
            throw;
        }

        if (answer.Answer is not { } subscribed)
        {
            Interlocked.Decrement(ref _slots);
            return answer.Refusal ?? OscRejections.UnknownSession;
        }

        var subscription = new Subscription(peer, subscribed, CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, peer.Gone));
        if (!_live.TryAdd(key, subscription))
        {
            // Two subscribes raced; the first one serves, renewed, and holds the one slot.
            Interlocked.Decrement(ref _slots);
            subscription.Dispose();
            if (_live.TryGetValue(key, out var first))
            {
                first.Renew(Lifetime);
            }

            return null;
        }

        subscription.Renew(Lifetime);
        _ = RunAsync(key, subscription);
        return null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task RunAsync((object, SessionId) key, Subscription subscription)
    {
        try
        {
            var events = new OscEventMapper(subscription.Subscribed.SessionId.Value);
            await foreach (var output in subscription.Subscribed.Listener.Outputs.ReadAllAsync(subscription.Ending.Token).ConfigureAwait(false))
            {
                if (output is SessionOutputs.SessionClosing)
                {
                    break;
                }

                if (events.Map(output) is { } message)
                {
                    subscription.Peer.Send(message);
                    stats.Sent();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Lapsed, the peer went, or the node is stopping.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.LogWarning(e, "An OSC subscription to {Session} failed", key.Item2);
        }
        finally
        {
            if (_live.TryRemove(new KeyValuePair<(object, SessionId), Subscription>(key, subscription)))
            {
                Interlocked.Decrement(ref _slots);
            }

            subscription.Dispose();
        }
    }

    /// <summary>One subscription: the listener, the peer, and the token that ends it when it lapses.</summary>
    private sealed class Subscription(OscPeer peer, Subscribed subscribed, CancellationTokenSource ending) : IDisposable
    {
        public OscPeer Peer { get; } = peer;

        public Subscribed Subscribed { get; } = subscribed;

        public CancellationTokenSource Ending { get; } = ending;

        /// <summary>Pushes the lapse <paramref name="lifetime"/> from now (the timer is reset, not added to).</summary>
        public void Renew(TimeSpan lifetime)
        {
            try
            {
                Ending.CancelAfter(lifetime);
            }
            catch (ObjectDisposedException)
            {
                // It ended just now; the next subscribe makes a new one.
            }
        }

        public void Dispose()
        {
            Subscribed.Listener.Dispose();
            Ending.Dispose();
        }
    }
}
