using System.Globalization;
using Auralis.Protocol.Messages;

namespace Auralis.Protocol.Osc;

/// <content>The address space as a table of methods, each a template and the arguments it takes.</content>
public static partial class OscRequests
{
    /// <summary>A template part that captures a literal name: the session, or a parameter's name.</summary>
    private const string Name = "{}";

    private static readonly Method[] Methods =
    [
        new([OscAddresses.Root, "auth"], (_, a) => One(a, "a token (s)", x => x is OscArgument.String s ? Ok(new Auth(s.Value)) : null)),
        new([OscAddresses.Root, Name, OscAddresses.PricePart], (n, a) => One(a, "a price (f or d)", x => Number(x) switch
        {
            null => null,
            var p when double.IsFinite(p.Value) && p > 0 => Ok(new Price(n[0], p.Value)),
            var p => Bad($"A price is a finite number above 0, not {p.Value.ToString(CultureInfo.InvariantCulture)}."),
        })),
        new([OscAddresses.Root, Name, OscAddresses.SubscribePart], (n, a) => None(a, new Subscribe(n[0]))),
        new([OscAddresses.Root, Name, OscAddresses.ParamPart, Name], (n, a) => One(a, "a value (f, i, d or s)", x => x is OscArgument.String s
            ? Ok(new Param(n[0], n[1], WireValue.Of(s.Value)))
            : Number(x) switch
            {
                null => null,
                var v when double.IsFinite(v.Value) => Ok(new Param(n[0], n[1], WireValue.Of(v.Value))),
                _ => Bad("A parameter's number must be finite."),
            })),
        new([OscAddresses.Root, Name, OscAddresses.TransportPart, "play"], (n, a) => None(a, new Transport(n[0], TransportAction.Play))),
        new([OscAddresses.Root, Name, OscAddresses.TransportPart, "stop"], (n, a) => None(a, new Transport(n[0], TransportAction.Stop))),
        new([OscAddresses.Root, Name, OscAddresses.TransportPart, "seek"], (n, a) => One(a, "a tick (i or h)", x => x switch
        {
            OscArgument.Int32 { Value: >= 0 } i => Ok(new Transport(n[0], TransportAction.Seek, i.Value)),
            OscArgument.Int64 { Value: >= 0 } h => Ok(new Transport(n[0], TransportAction.Seek, h.Value)),
            OscArgument.Int32 or OscArgument.Int64 => Bad("A seek's tick cannot be negative."),
            _ => null,
        })),
    ];

    /// <summary>Numbers as OSC tools send them: float32 from most, int32 from some, double from SuperCollider.</summary>
    private static double? Number(OscArgument argument) => argument switch
    {
        OscArgument.Float32 f => f.Value,
        OscArgument.Int32 i => i.Value,
        OscArgument.Double d => d.Value,
        _ => null,
    };

    private static Built Ok(OscRequest request) => new(request, null);

    private static Built Bad(string message) => new(null, OscErrors.BadValue(message));

    private static Built None(IReadOnlyList<OscArgument> arguments, OscRequest request) => arguments.Count == 0
        ? Ok(request)
        : new Built(null, OscErrors.WrongArguments("This address takes no arguments."));

    /// <summary>One argument, read by <paramref name="read"/>, which answers null when the argument's type does not fit.</summary>
    private static Built One(IReadOnlyList<OscArgument> arguments, string expected, Func<OscArgument, Built?> read) =>
        (arguments.Count == 1 ? read(arguments[0]) : null)
        ?? new Built(null, OscErrors.WrongArguments($"This address takes one argument, {expected}."));

    /// <summary>A request, or why the arguments did not make one.</summary>
    private readonly record struct Built(OscRequest? Request, ProtocolError? Error);

    /// <summary>One method: its address parts (<see cref="Name"/> where a literal name is captured) and how it reads its arguments.</summary>
    private sealed class Method(string[] parts, Func<string[], IReadOnlyList<OscArgument>, Built> build)
    {
        public Built Build(string[] names, IReadOnlyList<OscArgument> arguments) => build(names, arguments);

        /// <summary>
        /// Matches the incoming parts: fixed parts by OSC pattern, names only literally. A name given as a pattern is no match,
        /// and is noted in <paramref name="patternPicksAName"/> so that the refusal can say why.
        /// </summary>
        public bool Matches(string[] incoming, out string[] names, ref bool patternPicksAName)
        {
            names = [];
            if (incoming.Length != parts.Length)
            {
                return false;
            }

            var captured = new List<string>(2);
            var pickedByPattern = false;
            for (var i = 0; i < parts.Length; i++)
            {
                if (parts[i] != Name)
                {
                    if (!OscAddressPattern.IsPartMatch(incoming[i], parts[i]))
                    {
                        return false;
                    }
                }
                else if (incoming[i].Length == 0)
                {
                    return false;
                }
                else if (OscAddresses.IsLiteralPart(incoming[i]))
                {
                    captured.Add(incoming[i]);
                }
                else
                {
                    pickedByPattern = true;
                }
            }

            patternPicksAName |= pickedByPattern;
            names = [.. captured];
            return !pickedByPattern;
        }
    }
}
