namespace Auralis.Node.Osc;

/// <summary>The node's own reasons for refusing a well-formed OSC packet, counted beside the codec's <see cref="Protocol.Osc.OscErrorCodes"/>.</summary>
/// <remarks>Like the codec's codes these are counted, never sent back: OSC has no error reply, and a UDP sender's address can be forged.</remarks>
public static class OscRejections
{
    /// <summary>The sender's address sent more packets a second than it may.</summary>
    public const string RateLimited = "osc-rate-limited";

    /// <summary>The sender has no key (or a wrong one) and is not on the allow-list.</summary>
    public const string Unauthorized = "osc-unauthorized";

    /// <summary>The sender's key is a listener's, and the packet steers.</summary>
    public const string Forbidden = "osc-forbidden";

    /// <summary>The packet names a session that does not exist.</summary>
    public const string UnknownSession = "osc-unknown-session";

    /// <summary>The session refused the change (its value is out of range, say).</summary>
    public const string Refused = "osc-refused";

    /// <summary>The session did not answer in time.</summary>
    public const string Unreachable = "osc-unreachable";

    /// <summary>A bundle's timetag lies further ahead than the node holds bundles for.</summary>
    public const string TooFarAhead = "osc-too-far-ahead";

    /// <summary>The node already holds as many future bundles as it may.</summary>
    public const string ScheduleFull = "osc-schedule-full";

    /// <summary>The node already serves as many OSC subscriptions as it may.</summary>
    public const string TooManySubscribers = "osc-too-many-subscribers";
}
