using System.Globalization;

namespace Auralis.Market.Series;

/// <summary>Parses the time column of a price file: an ISO 8601 date or date-time, or a Unix timestamp.</summary>
internal static class QuoteTime
{
    // Unix times at or above this are taken as milliseconds: as seconds they would lie after the year 5000.
    private const long MillisecondThreshold = 100_000_000_000;

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>
    /// Reads <paramref name="text"/> as UTC: "2008-09-15", "2008-09-15T14:30:00Z" (a time without an offset is UTC),
    /// or whole seconds since 1970-01-01 (milliseconds when the number has 12 or more digits).
    /// </summary>
    public static bool TryParse(string text, out DateTimeOffset time)
    {
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            time = default;
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            try
            {
                time = number >= MillisecondThreshold
                    ? DateTimeOffset.FromUnixTimeMilliseconds(number)
                    : DateTimeOffset.FromUnixTimeSeconds(number);
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                return false;
            }
        }

        return DateTimeOffset.TryParseExact(
            text,
            IsoFormats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out time);
    }
}
