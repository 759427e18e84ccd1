using Auralis.Engine.Sessions;
using Auralis.Node.Configuration;
using Auralis.Node.Security;
using Auralis.Protocol.Osc;
using static Auralis.Engine.Sessions.SessionCommands;

namespace Auralis.Node.Osc;

/// <summary>Handles one OSC packet from a peer, whichever transport brought it: reads it, checks the sender's rights, and applies, holds or subscribes.</summary>
/// <remarks>
/// A packet is taken whole or not at all: every message must parse, be allowed and fall within the scheduling horizon before
/// any is applied, so a bundle never half happens (a full schedule, or a session that refuses, can still turn part of one away). The packet is read before the first await, so the caller may reuse its buffer as soon as the returned
/// task exists. Every packet ends up counted once in <see cref="OscStats"/>, accepted or under one reason.
/// </remarks>
public sealed class OscDispatcher(OscAccess access, OscSessionLink sessions, OscScheduler scheduler, OscSubscriptions subscriptions, OscStats stats,
    TimeProvider clock)
{
    /// <summary>Handles <paramref name="packet"/> from <paramref name="peer"/>; the task ends once its outcome is counted.</summary>
    public Task HandleAsync(ReadOnlySpan<byte> packet, OscPeer peer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(peer);
        stats.Received();
        var (plan, reason) = Plan(packet, peer);
        if (plan is not { Count: > 0 })
        {
            Count(reason);
            return Task.CompletedTask;
        }

        return RunAsync(plan, peer, cancellationToken);
    }

    /// <summary>Counts a packet refused before it reached the dispatcher (a framing error, a rate limit).</summary>
    public void Refuse(string reason)
    {
        stats.Received();
        stats.Rejected(reason);
    }

    private (List<Step>? Plan, string? Reason) Plan(ReadOnlySpan<byte> bytes, OscPeer peer)
    {
        if (!OscReader.TryRead(bytes, out var packet, out var error))
        {
            return (null, error.Code);
        }

        var plan = new List<Step>();
        foreach (var (time, message) in packet.Messages())
        {
            if (!OscRequests.TryParse(message, out var request, out var parseError))
            {
                return (null, parseError.Code);
            }

            if (request is OscRequests.Auth auth)
            {
                // A key takes effect for what follows it in the same bundle, as it would in separate packets.
                if (!access.Authenticate(peer, auth.Token))
                {
                    return (null, OscRejections.Unauthorized);
                }

                continue;
            }

            if (Check(request, peer) is { } refusal)
            {
                return (null, refusal);
            }

            // Checked with the rest, so that a bundle too far ahead refuses the whole packet before any of it applies.
            if (scheduler.IsTooFarAhead(time))
            {
                return (null, OscRejections.TooFarAhead);
            }

            if (request is OscRequests.Subscribe subscribe)
            {
                plan.Add(new Step(OscTimeTag.Immediately, null, new SessionId(subscribe.Session)));
                continue;
            }

            var (command, commandError) = OscCommands.For(request, message);
            if (command is null)
            {
                return (null, commandError);
            }

            Add(plan, time, command);
        }

        return (plan, null);
    }

    /// <summary>The reason <paramref name="peer"/> may not make <paramref name="request"/>, or null.</summary>
    private string? Check(OscRequest request, OscPeer peer)
    {
        if (!SessionId.IsValid(SessionOf(request)))
        {
            return OscRejections.UnknownSession;
        }

        if (access.RoleOf(peer) is not { } role)
        {
            return OscRejections.Unauthorized;
        }

        if (request is OscRequests.Subscribe)
        {
            // A UDP source address can be forged; without a key the node would send a stream to whomever it names.
            return peer.IsDatagram && access.NeedsKeys && peer.Authenticated is null ? OscRejections.Unauthorized : null;
        }

        return role < Role.Performer ? OscRejections.Forbidden : null;
    }

    private static string SessionOf(OscRequest request) => request switch
    {
        OscRequests.Param p => p.Session,
        OscRequests.Transport t => t.Session,
        OscRequests.Price p => p.Session,
        OscRequests.Subscribe s => s.Session,
        _ => string.Empty,
    };

    /// <summary>Adds a command; parameters for one session at one time merge into one change, applied at the same step.</summary>
    private static void Add(List<Step> plan, OscTimeTag time, ISessionCommand command)
    {
        if (plan.Count > 0 && plan[^1] is { Command: ChangeParameters last } previous && previous.Time == time
            && command is ChangeParameters next && next.SessionId == last.SessionId)
        {
            var merged = new Dictionary<string, ParameterValue>(last.Values, StringComparer.Ordinal);
            foreach (var (name, value) in next.Values)
            {
                merged[name] = value;
            }

            plan[^1] = previous with { Command = last with { Values = merged } };
            return;
        }

        plan.Add(new Step(time, command, null));
    }

    private async Task RunAsync(List<Step> plan, OscPeer peer, CancellationToken cancellationToken)
    {
        string? reason = null;
        try
        {
            var region = await sessions.RegionAsync(cancellationToken).ConfigureAwait(false);
            var now = clock.GetUtcNow();
            var sent = new List<Task<string?>>();
            foreach (var group in plan.GroupBy(s => s.Time))
            {
                var at = group.Key.IsImmediately ? now : group.Key.ToDateTimeOffset();
                var commands = group.Where(s => s.Command is not null).Select(s => s.Command!).ToArray();
                if (at > now && commands.Length > 0)
                {
                    sent.Add(scheduler.HoldAsync(region, at, commands));
                    continue;
                }

                sent.AddRange(commands.Select(c => OscSessionLink.Send(region, c)));
            }

            foreach (var step in plan.Where(s => s.Subscribe is not null))
            {
                reason ??= await subscriptions.SubscribeAsync(peer, step.Subscribe!.Value, cancellationToken).ConfigureAwait(false);
            }

            foreach (var outcome in await Task.WhenAll(sent).ConfigureAwait(false))
            {
                reason ??= outcome;
            }
        }
        catch (OperationCanceledException)
        {
            reason = OscRejections.Unreachable;
        }

        Count(reason);
    }

    private void Count(string? reason)
    {
        if (reason is null)
        {
            stats.Accepted();
        }
        else
        {
            stats.Rejected(reason);
        }
    }

    /// <summary>One thing a packet asks: a command at a time, or a subscription.</summary>
    private sealed record Step(OscTimeTag Time, ISessionCommand? Command, SessionId? Subscribe);
}
