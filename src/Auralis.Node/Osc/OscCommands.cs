using Auralis.Engine.Sessions;
using Auralis.Node.Streaming;
using Auralis.Protocol.Osc;
using static Auralis.Engine.Sessions.SessionCommands;

namespace Auralis.Node.Osc;

/// <summary>Turns a steering OSC request into the session command it asks for, checking the parameter against its range first.</summary>
/// <remarks>
/// A float from 0 to 1 sent to a number whose range is not 0..1 is a normalized value — what TouchOSC faders and most
/// controllers send — and is mapped onto the parameter's range; ints, and floats outside 0..1, are the value itself.
/// </remarks>
internal static class OscCommands
{
    /// <summary>The command, or the reason (an <see cref="OscErrorCodes"/> code) it cannot be one.</summary>
    public static (ISessionCommand? Command, string? Reason) For(OscRequest request, OscMessage message) => request switch
    {
        { RequestId: { } key } when RequestLog.Check(key) is not null => (null, OscErrorCodes.BadValue),
        OscRequests.Param p => Param(p, message),
        OscRequests.Transport t => (new ChangeTransport(new SessionId(t.Session), Streaming.WireMapping.Command(t.Command), t.Tick, RequestId: t.RequestId), null),
        OscRequests.Price p => (new ObservePrice(new SessionId(p.Session), p.Value, p.RequestId), null),
        _ => (null, OscErrorCodes.UnknownAddress),
    };

    private static (ISessionCommand?, string?) Param(OscRequests.Param request, OscMessage message)
    {
        if (SessionParameters.Find(request.Name) is not { } spec)
        {
            return (null, OscErrorCodes.UnknownAddress);
        }

        var value = WireMapping.Parameter(request.Value);
        var floating = message.Arguments[0] is OscArgument.Float32 or OscArgument.Double;
        if (spec is { Min: { } min, Max: { } max } && floating && value.Number is >= 0 and <= 1 and var fraction && (min, max) != (0, 1))
        {
            value = ParameterValue.Of(min + (fraction * (max - min)));
        }

        var (valid, error) = spec.Validate(value);
        return error is null
            ? (new ChangeParameters(new SessionId(request.Session), new Dictionary<string, ParameterValue>(StringComparer.Ordinal) { [spec.Name] = valid },
                request.RequestId), null)
            : (null, OscErrorCodes.BadValue);
    }
}
