using System.Diagnostics.CodeAnalysis;
using Auralis.Protocol.Messages;

namespace Auralis.Protocol.Osc;

/// <summary>The requests of the Auralis address space (see <see cref="OscAddresses"/>), and the parse of a message into one.</summary>
/// <remarks>
/// The fixed parts of an incoming address may be OSC patterns (<c>/auralis/demo/transport/st*</c>), matched against the
/// address space; the session and parameter name may not, since a pattern there would reach sessions the sender never named.
/// One message makes at most one request: a pattern that fits several methods with its arguments is refused, not fanned out.
/// Never throws.
/// </remarks>
public static partial class OscRequests
{
    /// <summary><c>/auralis/{session}/param/{name} f|i|d|s</c>: set one parameter to a number or a word.</summary>
    public sealed record Param(string Session, string Name, WireValue Value) : OscRequest;

    /// <summary><c>/auralis/{session}/transport/play|stop</c>, or <c>…/seek i|h</c> with the tick to move to.</summary>
    public sealed record Transport(string Session, TransportAction Command, long? Tick = null) : OscRequest;

    /// <summary><c>/auralis/{session}/price f|d</c>: an external price observation, greater than 0.</summary>
    public sealed record Price(string Session, double Value) : OscRequest;

    /// <summary><c>/auralis/{session}/subscribe</c>: send this sender the session's events as OSC messages.</summary>
    public sealed record Subscribe(string Session) : OscRequest;

    /// <summary><c>/auralis/auth s</c>: the sender's token.</summary>
    public sealed record Auth(string Token) : OscRequest;

    /// <summary>Reads <paramref name="message"/> as a request, or answers why not (unknown address, wrong arguments, bad value).</summary>
    public static bool TryParse(OscMessage message, [NotNullWhen(true)] out OscRequest? request, [NotNullWhen(false)] out ProtocolError? error)
    {
        ArgumentNullException.ThrowIfNull(message);
        request = null;
        var parts = message.Address[1..].Split('/');
        ProtocolError? firstMisfit = null;
        var fits = 0;
        var patternPicksAName = false;
        foreach (var method in Methods)
        {
            if (!method.Matches(parts, out var names, ref patternPicksAName))
            {
                continue;
            }

            var (built, misfit) = method.Build(names, message.Arguments);
            if (built is null && message.Arguments is [.., OscArgument.String key] && method.Build(names, message.Arguments.Take(message.Arguments.Count - 1).ToArray()) is
                { Request: { } keyed and not (Auth or Subscribe) })
            {
                // A string after a steering method's own arguments is the sender's idempotency key.
                (built, misfit) = (keyed with { RequestId = key.Value }, null);
            }

            if (built is null)
            {
                firstMisfit ??= misfit;
                continue;
            }

            request ??= built;
            fits++;
        }

        error = fits switch
        {
            1 => null,
            > 1 => OscErrors.UnknownAddress($"'{message.Address}' with {message.TypeTags} fits {fits} methods; Auralis does one thing per message."),
            _ => firstMisfit
                ?? OscErrors.UnknownAddress(patternPicksAName
                    ? $"'{message.Address}' picks a session or parameter by a pattern; name it literally."
                    : $"'{message.Address}' is not an Auralis address."),
        };
        if (error is not null)
        {
            request = null;
        }

        return error is null;
    }
}
