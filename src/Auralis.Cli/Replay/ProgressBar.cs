using System.Globalization;

namespace Auralis.Cli.Replay;

/// <summary>
/// A progress bar such as <c>[#####-----] 52%</c>: redrawn in place with a carriage return on a terminal, and on a pipe
/// written once, at the end, so logs hold one line rather than a hundred.
/// </summary>
public sealed class ProgressBar(TextWriter writer, bool isTerminal, int width = 30)
{
    private int _shown = -1;

    /// <summary>The bar for <paramref name="fraction"/> (0..1).</summary>
    public static string Format(double fraction, int width = 30)
    {
        var clamped = Math.Clamp(double.IsFinite(fraction) ? fraction : 0, 0, 1);
        var filled = (int)Math.Round(clamped * width, MidpointRounding.ToZero);
        var percent = (int)Math.Floor(clamped * 100);
        return string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('-', width - filled)}] {percent,3}%");
    }

    /// <summary>Shows <paramref name="fraction"/> when it changes the percentage shown (the replayer reports every block).</summary>
    public void Report(double fraction)
    {
        var percent = (int)Math.Floor(Math.Clamp(fraction, 0, 1) * 100);
        if (!isTerminal || percent == _shown)
        {
            return;
        }

        _shown = percent;
        writer.Write("\r" + Format(fraction, width));
        writer.Flush();
    }

    /// <summary>Shows the finished bar and ends its line.</summary>
    public void Finish()
    {
        writer.WriteLine((isTerminal ? "\r" : string.Empty) + Format(1, width));
        writer.Flush();
    }
}
