using System.Globalization;
using Auralis.Engine.Sessions;

namespace Auralis.Node.Api;

/// <summary>Reads the pace of a posted price series from the query: <c>pace=beat|bar|N</c> (N beats a price) or <c>seconds=S</c> (the whole series over S seconds).</summary>
public static class PriceBatches
{
    /// <summary>The pace asked for, or why it cannot be read.</summary>
    public static (PricePace Pace, string? Error) PaceOf(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pace = query["pace"].ToString();
        var seconds = query["seconds"].ToString();
        if (pace.Length > 0 && seconds.Length > 0)
        {
            return (PricePace.EveryBeat, "Give either pace or seconds, not both.");
        }

        if (seconds.Length > 0)
        {
            return double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var total) && double.IsFinite(total) && total > 0
                ? (new PricePace(Seconds: total), null)
                : (PricePace.EveryBeat, $"seconds must be a positive number, not '{seconds}'.");
        }

        return pace switch
        {
            "" or "beat" => (PricePace.EveryBeat, null),
            "bar" => (new PricePace(PerBar: true), null),
            _ when int.TryParse(pace, NumberStyles.None, CultureInfo.InvariantCulture, out var beats) && beats is >= 1 and <= 10_000 => (new PricePace(beats), null),
            _ => (PricePace.EveryBeat, $"pace is beat, bar or a number of beats per price (1..10000), not '{pace}'."),
        };
    }
}
