namespace Auralis.Engine.Replay;

/// <summary>How much of a session to replay: a number of seconds, a number of bars, or up to its last input plus one phrase.</summary>
public sealed record ReplayLength(double? Seconds = null, int? Bars = null)
{
    /// <summary>Bars in the phrase added after the last input when no length is given.</summary>
    public const int PhraseBars = 4;

    /// <summary>Up to the last persisted input, then one more phrase.</summary>
    public static ReplayLength ToLastInput { get; } = new();
}
