using System.Globalization;

namespace Auralis.Cli.Replay;

/// <summary>
/// A progress bar such as <c>[#####-----] 52%  ETA 0:12</c>: redrawn in place with a carriage return on a terminal, and on
/// a pipe written once, at the end, so logs hold one line rather than a hundred.
/// </summary>
public sealed class ProgressBar(TextWriter writer, bool isTerminal, int width = 30)
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private int _shown = -1;

    /// <summary>"ETA m:ss" for the time left at the pace so far, or nothing before a percent is done (too early to tell).</summary>
    public static string Eta(TimeSpan elapsed, double fraction)
    {
        if (!double.IsFinite(fraction) || fraction < 0.01 || fraction >= 1)
        {
            return string.Empty;
        }

        var left = TimeSpan.FromSeconds(Math.Round(elapsed.TotalSeconds * (1 - fraction) / fraction));
        return string.Create(CultureInfo.InvariantCulture, $"  ETA {(int)left.TotalMinutes}:{left.Seconds:00}");
    }

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
        // Trailing spaces wipe a longer ETA drawn before.
        writer.Write("\r" + Format(fraction, width) + Eta(_clock.Elapsed, fraction) + "   ");
        writer.Flush();
    }

    /// <summary>Shows the finished bar and ends its line.</summary>
    public void Finish()
    {
        var took = _clock.Elapsed;
        writer.WriteLine((isTerminal ? "\r" : string.Empty) + Format(1, width)
            + string.Create(CultureInfo.InvariantCulture, $"  in {(int)took.TotalMinutes}:{took.Seconds:00}") + (isTerminal ? "        " : string.Empty));
        writer.Flush();
    }
}
