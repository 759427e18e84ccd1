using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Auralis.Node.Osc;

/// <summary>What the OSC transports received, accepted and refused (by reason), for <c>/api/v1/osc/stats</c> and <c>/metrics</c>.</summary>
/// <remarks>
/// Counted per packet (a datagram or a stream frame): every packet received ends up either accepted or rejected under exactly
/// one reason, so <c>received = accepted + Σ rejected</c> once the packets in flight are done.
/// </remarks>
public sealed class OscStats
{
    private readonly ConcurrentDictionary<string, long> _rejected = new(StringComparer.Ordinal);
    private long _received;
    private long _accepted;
    private long _sent;
    private long _held;

    /// <summary>A packet arrived.</summary>
    public void Received() => Interlocked.Increment(ref _received);

    /// <summary>A packet was accepted: applied, held for its time, or a subscription made.</summary>
    public void Accepted() => Interlocked.Increment(ref _accepted);

    /// <summary>A packet was refused for <paramref name="reason"/>.</summary>
    public void Rejected(string reason) => _rejected.AddOrUpdate(reason, 1, static (_, n) => n + 1);

    /// <summary>An event went out to a subscriber.</summary>
    public void Sent() => Interlocked.Increment(ref _sent);

    /// <summary>A change timetagged ahead was journaled by its session, to be applied when due.</summary>
    public void Held() => Interlocked.Increment(ref _held);

    /// <summary>The counters now, with the subscriptions served.</summary>
    public OscStatsSnapshot Snapshot(int subscribers) => new(
        Interlocked.Read(ref _received),
        Interlocked.Read(ref _accepted),
        new SortedDictionary<string, long>(_rejected, StringComparer.Ordinal),
        Interlocked.Read(ref _sent),
        Interlocked.Read(ref _held),
        subscribers);

    /// <summary>The counters in the Prometheus text format.</summary>
    public string Prometheus()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            # HELP auralis_osc_received_total OSC packets received.
            # TYPE auralis_osc_received_total counter
            auralis_osc_received_total {Interlocked.Read(ref _received)}
            # HELP auralis_osc_accepted_total OSC packets accepted.
            # TYPE auralis_osc_accepted_total counter
            auralis_osc_accepted_total {Interlocked.Read(ref _accepted)}
            # HELP auralis_osc_rejected_total OSC packets refused, by reason.
            # TYPE auralis_osc_rejected_total counter

            """);
        foreach (var (reason, count) in new SortedDictionary<string, long>(_rejected, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"auralis_osc_rejected_total{{reason=\"{reason}\"}} {count}\n");
        }

        return text.ToString();
    }
}

/// <summary>The OSC counters at one moment.</summary>
/// <param name="Received">Packets received.</param>
/// <param name="Accepted">Packets accepted.</param>
/// <param name="Rejected">Packets refused, by reason.</param>
/// <param name="Sent">Events sent to subscribers.</param>
/// <param name="Held">
/// Changes timetagged ahead that their sessions journaled to apply when due (since the node started): they survive a
/// restart of the node or a move of the session, and the session applies each once.
/// </param>
/// <param name="Subscribers">Subscriptions served now.</param>
public sealed record OscStatsSnapshot(long Received, long Accepted, IReadOnlyDictionary<string, long> Rejected, long Sent, long Held, int Subscribers);
