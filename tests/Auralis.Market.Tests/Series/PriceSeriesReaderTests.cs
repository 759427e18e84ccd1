using System.Globalization;
using System.Text;
using Auralis.Market.Series;

namespace Auralis.Market.Tests.Series;

public sealed class PriceSeriesReaderTests
{
    private const string Yahoo = """
        date,open,high,low,close,adjclose,volume
        2008-09-12,1245.88,1255.09,1233.81,1251.70,1251.69,6273260000
        2008-09-15,1250.92,1250.92,1192.70,1192.70,1192.71,8279510000
        """;

    [Fact]
    public void A_yahoo_export_is_read_from_the_adjusted_close()
    {
        var series = PriceSeriesReader.Parse(Yahoo, "spx");

        Assert.Equal([1251.69, 1192.71], series.Prices);
        Assert.Equal(new DateTimeOffset(2008, 9, 15, 0, 0, 0, TimeSpan.Zero), series[1].Time);
        Assert.Equal("spx", series.Name);
    }

    [Fact]
    public void Yahoos_own_header_spelling_is_recognised()
    {
        var series = PriceSeriesReader.Parse("Date,Open,High,Low,Close,Adj Close,Volume\n2020-01-02,1,1,1,3257.85,3257.80,1\n", "spx");

        Assert.Equal([3257.80], series.Prices);
    }

    [Fact]
    public void Without_an_adjusted_close_the_close_is_used()
    {
        var series = PriceSeriesReader.Parse("date,open,close\n2020-01-02,10,11.5\n2020-01-03,11.5,12\n", "x");

        Assert.Equal([11.5, 12], series.Prices);
    }

    [Fact]
    public void Plain_date_and_price_files_are_read_with_any_header_case_and_column_order()
    {
        var series = PriceSeriesReader.Parse("PRICE,Date\n101.5,2021-03-01\n\n102.25,2021-03-02\n", "x");

        Assert.Equal([101.5, 102.25], series.Prices);
        Assert.Equal(new DateTimeOffset(2021, 3, 2, 0, 0, 0, TimeSpan.Zero), series[1].Time);
    }

    [Fact]
    public void Timestamps_may_be_unix_seconds_milliseconds_or_iso_date_times()
    {
        var seconds = PriceSeriesReader.Parse("timestamp,price\n1600000000,10\n1600000060,11\n", "x");
        var milliseconds = PriceSeriesReader.Parse("timestamp,price\n1600000000000,10\n", "x");
        var iso = PriceSeriesReader.Parse("timestamp,price\n2020-09-13T12:26:40Z,10\n2020-09-13 14:26:41+02:00,11\n", "x");

        var expected = DateTimeOffset.FromUnixTimeSeconds(1_600_000_000);
        Assert.Equal(expected, seconds[0].Time);
        Assert.Equal(expected.AddMinutes(1), seconds[1].Time);
        Assert.Equal(expected, milliseconds[0].Time);
        Assert.Equal(expected, iso[0].Time);
        Assert.Equal(expected.AddSeconds(1), iso[1].Time);
    }

    [Fact]
    public void Numbers_are_read_in_the_invariant_culture_whatever_the_current_one()
    {
        var commaDecimals = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaDecimals.NumberFormat.NumberDecimalSeparator = ",";
        commaDecimals.NumberFormat.NumberGroupSeparator = ".";
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = commaDecimals;
            Assert.Equal([1234.5], PriceSeriesReader.Parse("date,price\n2020-01-01,1234.5\n", "x").Prices);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Quoted_fields_and_a_byte_order_mark_are_handled()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("\"date\",\"price\"\r\n\"2020-01-01\",\"7.5\"\r\n")).ToArray();
        using var stream = new MemoryStream(bytes);

        Assert.Equal([7.5], PriceSeriesReader.Read(stream, "x").Prices);
    }

    [Fact]
    public void A_file_on_disk_is_read_and_named_after_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"auralis-prices-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "date,price\n2020-01-01,5\n2020-01-02,6\n");
        try
        {
            var series = PriceSeriesReader.ReadFile(path);

            Assert.Equal([5.0, 6.0], series.Prices);
            Assert.Equal(Path.GetFileNameWithoutExtension(path), series.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("\n  \n", 1, "empty")]
    [InlineData("date,volume\n2020-01-01,5\n", 1, "no price column")]
    [InlineData("open,price\n1,5\n", 1, "no time column")]
    [InlineData("date,price\n", 2, "no prices")]
    [InlineData("date,price\n2020-01-01,5\n2020-01-02,abc\n", 3, "'abc' is not a number")]
    [InlineData("date,price\n2020-01-01,5\n2020-01-02,null\n", 3, "'null' is not a number")]
    [InlineData("date,price\n2020-01-01,NaN\n", 2, "not a number")]
    [InlineData("date,price\n2020-01-01,5\n\n2020-01-02,-3\n", 4, "not positive")]
    [InlineData("date,price\n2020-01-01,0\n", 2, "not positive")]
    [InlineData("date,price\n2020-13-45,5\n", 2, "'2020-13-45' is not a date")]
    [InlineData("date,price\n01/02/2020,5\n", 2, "is not a date")]
    [InlineData("date,price\n2020-01-02,5\n2020-01-01,6\n", 3, "time order")]
    [InlineData("date,price\n2020-01-02,5\n2020-01-02,6\n", 3, "time order")]
    [InlineData("date,open,high,low,close,adjclose,volume\n2020-01-02,1,2,1,2\n", 2, "'adjclose' column is missing")]
    [InlineData("date,price\n\"2020-01-02,5\n", 2, "quoted field is not closed")]
    public void A_bad_file_is_refused_naming_the_line_and_the_problem(string text, int line, string problem)
    {
        var error = Assert.Throws<PriceSeriesFormatException>(() => PriceSeriesReader.Parse(text, "x"));

        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"Line {line}: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void The_built_in_sp500_series_holds_twenty_years_of_daily_closes()
    {
        var series = BuiltInSeries.Sp500();

        Assert.Equal(5_105, series.Count);
        Assert.Equal(new DateTimeOffset(2000, 1, 3, 0, 0, 0, TimeSpan.Zero), series[0].Time);
        Assert.Equal(1455.219971, series[0].Price);
        Assert.Equal(new DateTimeOffset(2020, 4, 17, 0, 0, 0, TimeSpan.Zero), series[^1].Time);
        Assert.Equal(2874.560059, series[^1].Price);
        Assert.Same(series, BuiltInSeries.Sp500());
    }
}
