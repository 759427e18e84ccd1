using Auralis.Engine.Sessions;
using Auralis.Node.Configuration;
using Auralis.Protocol.Osc;

namespace Auralis.Node.Osc;

/// <summary>Holds the commands of OSC bundles timetagged for later and applies each batch when its time comes.</summary>
/// <remarks>
/// Times are the wall clock's; the session then applies a change at its next step, as it does any other. The scheduler
/// sleeps until the earliest batch is due or an earlier one arrives, never polling, so an idle node stays idle. How many
/// batches are held and how far ahead is capped, so a sender cannot make the node hoard commands.
/// </remarks>
public sealed class OscScheduler(NodeOptions options, OscSessionLink sessions, OscStats stats, TimeProvider clock, ILogger<OscScheduler> log)
    : BackgroundService
{
    private readonly PriorityQueue<IReadOnlyList<ISessionCommand>, (DateTimeOffset At, long Order)> _held = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _arrived = NewSignal();
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

        TaskCompletionSource arrived;
        lock (_gate)
        {
            if (_held.Count >= options.OscMaxHeld)
            {
                return OscRejections.ScheduleFull;
            }

            // The order breaks ties so that bundles for the same moment apply as they arrived.
            _held.Enqueue(commands, (at, _order++));
            arrived = _arrived;
            _arrived = NewSignal();
        }

        arrived.SetResult();
        return null;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await UntilDueOrArrivedAsync(stoppingToken).ConfigureAwait(false);
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

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Waits until the earliest held batch is due, or until a batch arrives (it may be due sooner).
    private async Task UntilDueOrArrivedAsync(CancellationToken stoppingToken)
    {
        Task arrived;
        TimeSpan? wait;
        lock (_gate)
        {
            arrived = _arrived.Task;
            wait = _held.TryPeek(out _, out var key) ? key.At - clock.GetUtcNow() : null;
        }

        if (wait is not { } due)
        {
            await arrived.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        else if (due > TimeSpan.Zero)
        {
            // The delay's timer is cut when a batch arrives first, so held batches never pile up timers.
            using var cut = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(arrived, Task.Delay(due, clock, cut.Token)).ConfigureAwait(false);
            await cut.CancelAsync().ConfigureAwait(false);
            stoppingToken.ThrowIfCancellationRequested();
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
