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
    private long _applied;

    /// <summary>A packet arrived.</summary>
    public void Received() => Interlocked.Increment(ref _received);

    /// <summary>A packet was accepted: applied, held for its time, or a subscription made.</summary>
    public void Accepted() => Interlocked.Increment(ref _accepted);

    /// <summary>A packet was refused for <paramref name="reason"/>.</summary>
    public void Rejected(string reason) => _rejected.AddOrUpdate(reason, 1, static (_, n) => n + 1);

    /// <summary>An event went out to a subscriber.</summary>
    public void Sent() => Interlocked.Increment(ref _sent);

    /// <summary>A held bundle's time came and it was applied.</summary>
    public void Applied() => Interlocked.Increment(ref _applied);

    /// <summary>The counters now, with the bundles held and the subscriptions served.</summary>
    public OscStatsSnapshot Snapshot(int held, int subscribers) => new(
        Interlocked.Read(ref _received),
        Interlocked.Read(ref _accepted),
        new SortedDictionary<string, long>(_rejected, StringComparer.Ordinal),
        Interlocked.Read(ref _sent),
        Interlocked.Read(ref _applied),
        held,
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
public sealed record OscStatsSnapshot(long Received, long Accepted, IReadOnlyDictionary<string, long> Rejected, long Sent, long Applied, int Held,
    int Subscribers);
