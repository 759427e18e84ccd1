namespace Auralis.Market.Series;

/// <summary>A price file that cannot be read; the message names the line and what is wrong with it.</summary>
public sealed class PriceSeriesFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="problem"/> on 1-based line <paramref name="lineNumber"/>.</summary>
    public PriceSeriesFormatException(int lineNumber, string problem)
        : base($"Line {lineNumber}: {problem}")
    {
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>The 1-based line of the file where the problem is.</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong, without the line number.</summary>
    public string Problem { get; }
}
