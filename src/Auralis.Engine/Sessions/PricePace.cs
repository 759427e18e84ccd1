using System.Globalization;

namespace Auralis.Engine.Sessions;

/// <summary>How fast a series of prices is heard: one every so many beats, one a bar, or spread over a total duration.</summary>
/// <param name="BeatsPerPrice">Beats between two prices (1: one price a beat, the fastest).</param>
/// <param name="PerBar">True for one price a bar.</param>
/// <param name="Seconds">The whole series spread over this many seconds at the session's tempo (at most one price a beat).</param>
public sealed record PricePace(int BeatsPerPrice = 1, bool PerBar = false, double? Seconds = null)
{
    /// <summary>The most prices one series may hold.</summary>
    public const int MaxPrices = 100_000;

    /// <summary>One price a beat.</summary>
    public static PricePace EveryBeat { get; } = new();

    /// <summary>The steps (beats) between two of <paramref name="count"/> prices in a session at <paramref name="bpm"/> with <paramref name="beatsPerBar"/>, or why the pace cannot be kept.</summary>
    public (int StepsPerPrice, string? Error) StepsFor(int count, double bpm, int beatsPerBar)
    {
        if (Seconds is { } seconds)
        {
            if (!double.IsFinite(seconds) || seconds <= 0)
            {
                return (0, $"A series' duration must be a positive number of seconds, not {seconds.ToString(CultureInfo.InvariantCulture)}.");
            }

            var beats = seconds * bpm / 60;
            return beats < count
                ? (0, $"{count} prices in {seconds.ToString(CultureInfo.InvariantCulture)} s at {bpm.ToString(CultureInfo.InvariantCulture)} bpm would be more than one a beat; the fastest pace is one a beat, {Math.Ceiling(count * 60 / bpm).ToString(CultureInfo.InvariantCulture)} s.")
                : ((int)Math.Floor(beats / count), null);
        }

        if (PerBar)
        {
            return (beatsPerBar, null);
        }

        return BeatsPerPrice is >= 1 and <= 10_000 ? (BeatsPerPrice, null) : (0, $"Beats per price lie in 1..10000, not {BeatsPerPrice}.");
    }
}
