using Auralis.Audio.Streaming;
using static Auralis.Engine.Listeners.ListenerMessages;

namespace Auralis.Node.Streaming.Opus;

/// <summary>The node's Opus streams, one per session ring: every Opus listener of a session shares its encoder.</summary>
public sealed class OpusEncoders
{
    private readonly Lock _lock = new();
    private readonly Dictionary<AudioRingBuffer, SharedOpusStream> _streams = new(ReferenceEqualityComparer.Instance);

    /// <summary>The streams being encoded now.</summary>
    public IReadOnlyList<SharedOpusStream> Streams
    {
        get
        {
            lock (_lock)
            {
                return [.. _streams.Values];
            }
        }
    }

    /// <summary>The sessions being encoded now.</summary>
    public IReadOnlyList<string> Sessions => [.. Streams.Select(stream => stream.Session.Value)];

    /// <summary>Joins the Opus stream of <paramref name="subscription"/>'s session, starting its encoder when it is the first listener.</summary>
    public (OpusTap Tap, SharedOpusStream Stream) Join(Subscribed subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        lock (_lock)
        {
            if (_streams.TryGetValue(subscription.Ring, out var stream) && stream.Join() is { } tap)
            {
                return (tap, stream);
            }

            stream = new SharedOpusStream(subscription.SessionId, subscription.Ring, subscription.RingStartFrame, Stopped);
            _streams[subscription.Ring] = stream;
            return (stream.Join()!, stream);
        }
    }

    private void Stopped(SharedOpusStream stream)
    {
        lock (_lock)
        {
            foreach (var (ring, known) in _streams)
            {
                if (ReferenceEquals(known, stream))
                {
                    _streams.Remove(ring);
                    return;
                }
            }
        }
    }
}
