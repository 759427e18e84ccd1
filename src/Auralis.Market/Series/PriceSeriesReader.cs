using System.Globalization;
using System.Text;

namespace Auralis.Market.Series;

/// <summary>
/// Reads price series from CSV: the Yahoo Finance export (<c>date,open,high,low,close,adjclose,volume</c>) or a plain
/// <c>date,price</c> / <c>timestamp,price</c> file.
/// </summary>
/// <remarks>
/// <para>The first non-blank line is the header. Column names are matched ignoring case, spaces, underscores and
/// hyphens, so Yahoo's "Adj Close" is <c>adjclose</c>. The time column is the first of <c>date</c>, <c>timestamp</c>,
/// <c>datetime</c>, <c>time</c>; the price column the first of <c>adjclose</c>, <c>close</c>, <c>price</c> (the adjusted
/// close is preferred because it is free of the jumps that dividends and splits leave in the plain close).</para>
/// <para>Times are ISO 8601 dates or date-times (UTC unless an offset is given) or Unix timestamps in seconds
/// (milliseconds from 12 digits on); they must increase row by row. Numbers use the invariant culture ("1234.5").
/// Blank lines are skipped. Any other defect throws <see cref="PriceSeriesFormatException"/> naming the line, and no
/// partial series is returned.</para>
/// </remarks>
public static class PriceSeriesReader
{
    private static readonly string[] TimeColumns = ["date", "timestamp", "datetime", "time"];
    private static readonly string[] PriceColumns = ["adjclose", "close", "price"];

    /// <summary>Reads a series from <paramref name="reader"/> to its end.</summary>
    public static PriceSeries Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        var lineNumber = 0;
        string? line;
        do
        {
            line = reader.ReadLine();
            lineNumber++;
        }
        while (line is not null && string.IsNullOrWhiteSpace(line));

        if (line is null)
        {
            throw new PriceSeriesFormatException(1, "the file is empty; expected a header such as 'date,price'.");
        }

        var header = CsvFields.Split(line.TrimStart('\uFEFF'), lineNumber).Select(Normalize).ToList();
        var timeColumn = FindColumn(header, TimeColumns, "time", lineNumber);
        var priceColumn = FindColumn(header, PriceColumns, "price", lineNumber);
        var needed = Math.Max(timeColumn, priceColumn) + 1;

        var points = new List<PricePoint>();
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = CsvFields.Split(line, lineNumber);
            if (fields.Count < needed)
            {
                var missing = header[fields.Count <= timeColumn ? timeColumn : priceColumn];
                throw new PriceSeriesFormatException(lineNumber, $"the '{missing}' column is missing ({fields.Count} fields, the header has {header.Count}).");
            }

            var point = new PricePoint(ParseTime(fields[timeColumn], lineNumber), ParsePrice(fields[priceColumn], lineNumber));
            if (points.Count > 0 && point.Time <= points[^1].Time)
            {
                throw new PriceSeriesFormatException(lineNumber, $"the time '{fields[timeColumn]}' does not come after the previous row's {points[^1].Time:O}; rows must be in time order.");
            }

            points.Add(point);
        }

        if (points.Count == 0)
        {
            throw new PriceSeriesFormatException(lineNumber + 1, "there are no prices after the header.");
        }

        return new PriceSeries(name, points);
    }

    /// <summary>Reads a series from a UTF-8 (or BOM-marked) <paramref name="stream"/>, leaving the stream open.</summary>
    public static PriceSeries Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(reader, name);
    }

    /// <summary>Reads a series from CSV <paramref name="text"/>.</summary>
    public static PriceSeries Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader, name);
    }

    /// <summary>Opens and reads the file at <paramref name="path"/>; the series is named after the file.</summary>
    public static PriceSeries ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileNameWithoutExtension(path));
    }

    private static int FindColumn(List<string> header, string[] candidates, string role, int lineNumber)
    {
        foreach (var candidate in candidates)
        {
            var index = header.IndexOf(candidate);
            if (index >= 0)
            {
                return index;
            }
        }

        throw new PriceSeriesFormatException(
            lineNumber,
            $"the header has no {role} column: expected one of {string.Join(", ", candidates)}, found {string.Join(", ", header.Select(name => $"'{name}'"))}.");
    }

    private static DateTimeOffset ParseTime(string text, int lineNumber) =>
        QuoteTime.TryParse(text, out var time)
            ? time
            : throw new PriceSeriesFormatException(lineNumber, $"'{text}' is not a date (expected e.g. 2008-09-15, 2008-09-15T14:30:00Z or a Unix timestamp).");

    private static double ParsePrice(string text, int lineNumber)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var price) || !double.IsFinite(price))
        {
            throw new PriceSeriesFormatException(lineNumber, $"the price '{text}' is not a number.");
        }

        return price > 0
            ? price
            : throw new PriceSeriesFormatException(lineNumber, $"the price {text} is not positive; prices must be above zero.");
    }

    private static string Normalize(string column)
    {
        var builder = new StringBuilder(column.Length);
        foreach (var c in column)
        {
            if (c is not (' ' or '_' or '-'))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
