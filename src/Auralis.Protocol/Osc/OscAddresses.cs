using Auralis.Protocol.Messages;

namespace Auralis.Protocol.Osc;

/// <summary>The Auralis OSC address space: what clients send to the node and what the node sends back.</summary>
/// <remarks>
/// In: <c>/auralis/auth s</c> (token), <c>/auralis/{session}/param/{name} f|i|s</c>, <c>/auralis/{session}/transport/play</c>,
/// <c>…/transport/stop</c>, <c>…/transport/seek i</c> (tick), <c>/auralis/{session}/price f</c>, <c>/auralis/{session}/subscribe</c>.
/// Out (built by <see cref="OscEvents"/>): <c>…/note siii</c>, <c>…/chord ssi i…</c>, <c>…/price ffs</c>, <c>…/beat ii</c>.
/// </remarks>
public static class OscAddresses
{
    /// <summary>The first part of every Auralis address.</summary>
    public const string Root = "auralis";

    /// <summary>Where a client sends its token (one string) before it may steer a session.</summary>
    public const string Auth = "/auralis/auth";

    /// <summary>The part after the session that sets a parameter.</summary>
    public const string ParamPart = "param";

    /// <summary>The part after the session that commands the transport.</summary>
    public const string TransportPart = "transport";

    /// <summary>The part after the session for prices, in (an external price) and out (the session's price).</summary>
    public const string PricePart = "price";

    /// <summary>The part after the session that asks for the session's events.</summary>
    public const string SubscribePart = "subscribe";

    /// <summary>The part after the session of a note event.</summary>
    public const string NotePart = "note";

    /// <summary>The part after the session of a chord event.</summary>
    public const string ChordPart = "chord";

    /// <summary>The part after the session of a beat event.</summary>
    public const string BeatPart = "beat";

    /// <summary>Sets parameter <paramref name="name"/> of <paramref name="session"/>.</summary>
    public static string Param(string session, string name) => $"{Session(session)}/{ParamPart}/{Part(name, nameof(name))}";

    /// <summary>Commands the transport of <paramref name="session"/>: play, stop or seek.</summary>
    public static string Transport(string session, TransportAction command) => command is TransportAction.Play or TransportAction.Stop
        or TransportAction.Seek
        ? $"{Session(session)}/{TransportPart}/{command.ToWord()}"
        : throw new ArgumentOutOfRangeException(nameof(command), command, "OSC carries play, stop and seek.");

    /// <summary>Prices of <paramref name="session"/>.</summary>
    public static string Price(string session) => $"{Session(session)}/{PricePart}";

    /// <summary>Subscribes to <paramref name="session"/>.</summary>
    public static string Subscribe(string session) => $"{Session(session)}/{SubscribePart}";

    /// <summary>Note events of <paramref name="session"/>.</summary>
    public static string Note(string session) => $"{Session(session)}/{NotePart}";

    /// <summary>Chord events of <paramref name="session"/>.</summary>
    public static string Chord(string session) => $"{Session(session)}/{ChordPart}";

    /// <summary>Beat events of <paramref name="session"/>.</summary>
    public static string Beat(string session) => $"{Session(session)}/{BeatPart}";

    /// <summary>
    /// True when <paramref name="part"/> can stand as one literal part of an address: printable ASCII without '/', ',', '#'
    /// (which OSC 1.0 keeps out of names) or a wildcard.
    /// </summary>
    public static bool IsLiteralPart(ReadOnlySpan<char> part)
    {
        if (part.IsEmpty || part.IndexOfAny("/,#") >= 0 || OscAddressPattern.HasWildcards(part))
        {
            return false;
        }

        foreach (var c in part)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static string Session(string session) => $"/{Root}/{Part(session, nameof(session))}";

    private static string Part(string part, string name) => IsLiteralPart(part ?? throw new ArgumentNullException(name))
        ? part
        : throw new ArgumentException($"'{part}' cannot be one part of an OSC address: printable ASCII without '/', ',', '#' or wildcards.", name);
}
