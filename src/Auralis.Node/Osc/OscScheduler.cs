using Auralis.Engine.Sessions;
using Auralis.Node.Configuration;
using Auralis.Protocol.Osc;

namespace Auralis.Node.Osc;

/// <summary>Holds the commands of OSC bundles timetagged for later and applies each batch when its time comes.</summary>
/// <remarks>
/// Times are the wall clock's, read every few milliseconds; the session then applies a change at its next step, as it does
/// any other. How many batches are held and how far ahead is capped, so a sender cannot make the node hoard commands.
/// </remarks>
public sealed class OscScheduler(NodeOptions options, OscSessionLink sessions, OscStats stats, TimeProvider clock, ILogger<OscScheduler> log)
    : BackgroundService
{
    private static readonly TimeSpan Resolution = TimeSpan.FromMilliseconds(5);

    private readonly PriorityQueue<IReadOnlyList<ISessionCommand>, (DateTimeOffset At, long Order)> _held = new();
    private readonly Lock _gate = new();
    private long _order;

    /// <summary>How many batches wait for their time.</summary>
    public int Held
    {
        get
        {
            lock (_gate)
            {
                return _held.Count;
            }
        }
    }

    /// <summary>True when <paramref name="time"/> lies further ahead than bundles are held for.</summary>
    public bool IsTooFarAhead(OscTimeTag time) =>
        !time.IsImmediately && time.ToDateTimeOffset() - clock.GetUtcNow() > TimeSpan.FromSeconds(options.OscMaxAheadSeconds);

    /// <summary>Holds <paramref name="commands"/> until <paramref name="at"/>; null when held, or why not.</summary>
    public string? TryHold(DateTimeOffset at, IReadOnlyList<ISessionCommand> commands)
    {
        if (at - clock.GetUtcNow() > TimeSpan.FromSeconds(options.OscMaxAheadSeconds))
        {
            return OscRejections.TooFarAhead;
        }

        lock (_gate)
        {
            if (_held.Count >= options.OscMaxHeld)
            {
                return OscRejections.ScheduleFull;
            }

            // The order breaks ties so that bundles for the same moment apply as they arrived.
            _held.Enqueue(commands, (at, _order++));
            return null;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Resolution, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                while (TakeDue(clock.GetUtcNow()) is { } due)
                {
                    var region = await sessions.RegionAsync(stoppingToken).ConfigureAwait(false);
                    foreach (var command in due)
                    {
                        _ = ReportAsync(OscSessionLink.Send(region, command), command);
                    }

                    stats.Applied();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The node is stopping; what is still held goes with it, as OSC promises nothing past a restart.
        }
    }

    private IReadOnlyList<ISessionCommand>? TakeDue(DateTimeOffset now)
    {
        lock (_gate)
        {
            return _held.TryPeek(out _, out var key) && key.At <= now ? _held.Dequeue() : null;
        }
    }

    private async Task ReportAsync(Task<string?> outcome, ISessionCommand command)
    {
        if (await outcome.ConfigureAwait(false) is { } reason)
        {
            log.LogDebug("A held OSC change for {Session} was refused: {Reason}", command.SessionId, reason);
        }
    }
}
