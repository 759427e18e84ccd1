using Akka.Actor;
using Auralis.Engine.Sessions;
using Auralis.Node.Configuration;
using Auralis.Protocol.Osc;
using static Auralis.Engine.Sessions.SessionCommands;

namespace Auralis.Node.Osc;

/// <summary>
/// Hands the changes of OSC bundles timetagged for later to their sessions, which journal them as scheduled inputs
/// (<see cref="ScheduleInput"/>) and apply each once when its time comes — after a restart of the node or a move of the
/// session too.
/// </summary>
/// <remarks>
/// Times are the wall clock's; the session then applies a change at its next step, as it does any other. How far ahead a
/// bundle may be is capped here (<see cref="NodeOptions.OscMaxAheadSeconds"/>), how many changes a session holds by the
/// session (<see cref="Engine.Live.SessionActor.MaxScheduledInputs"/>): a change that cannot be held is refused with its
/// reason, never kept where a restart would lose it.
/// </remarks>
public sealed class OscScheduler(NodeOptions options, OscStats stats, TimeProvider clock)
{
    /// <summary>True when <paramref name="time"/> lies further ahead than bundles are held for.</summary>
    public bool IsTooFarAhead(OscTimeTag time) =>
        !time.IsImmediately && time.ToDateTimeOffset() - clock.GetUtcNow() > TimeSpan.FromSeconds(options.OscMaxAheadSeconds);

    /// <summary>Asks each session to hold its change of <paramref name="commands"/> until <paramref name="at"/>; null when all are journaled, or why not.</summary>
    public async Task<string?> HoldAsync(IActorRef sessions, DateTimeOffset at, IReadOnlyList<ISessionCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        if (at - clock.GetUtcNow() > TimeSpan.FromSeconds(options.OscMaxAheadSeconds))
        {
            return OscRejections.TooFarAhead;
        }

        var held = new List<Task<string?>>(commands.Count);
        foreach (var command in commands)
        {
            if (ScheduledChange.Of(command) is not { } change)
            {
                return OscRejections.Refused;
            }

            var key = (command as IKeyedCommand)?.RequestId;
            held.Add(OscSessionLink.Send(sessions, new ScheduleInput(command.SessionId, at, change, key)));
        }

        string? reason = null;
        foreach (var outcome in await Task.WhenAll(held).ConfigureAwait(false))
        {
            if (outcome is null)
            {
                stats.Held();
            }

            reason ??= outcome;
        }

        return reason;
    }
}
