using System.Diagnostics;
using System.Globalization;

namespace Auralis.Benchmarks;

/// <summary>What the sessions scenario reads from a node in another process: its CPU time, and its <c>/metrics</c>.</summary>
internal sealed class NodeFigures(int processId, HttpClient http)
{
    private readonly Process _process = Process.GetProcessById(processId);

    /// <summary>The node process's CPU time, user and kernel, of all its threads (on Linux, /proc/&lt;pid&gt;/stat).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Sessions whose render thread sleeps (<c>auralis_sessions_sleeping</c>).</summary>
    public async Task<long> SleepingAsync() => (long)Sum(await http.GetStringAsync("/metrics"), "auralis_sessions_sleeping");

    /// <summary>Times any session's render thread waited for late material (the sum of <c>auralis_underruns_total</c>).</summary>
    public async Task<long> RenderUnderrunsAsync() => (long)Sum(await http.GetStringAsync("/metrics"), "auralis_underruns_total");

    /// <summary>Time spent rendering blocks, over all sessions (the sum of <c>auralis_render_seconds_total</c>).</summary>
    public async Task<double> RenderSecondsAsync() => Sum(await http.GetStringAsync("/metrics"), "auralis_render_seconds_total");

    /// <summary>The sum of a metric's samples in the node's <c>/metrics</c>, with or without labels.</summary>
    public async Task<double> MetricAsync(string name) => Sum(await http.GetStringAsync("/metrics"), name);

    /// <summary>The node's CPU over <paramref name="window"/>, as a fraction of one core.</summary>
    public async Task<double> CpuOverAsync(TimeSpan window)
    {
        var before = CpuTime;
        var wall = Stopwatch.StartNew();
        await Task.Delay(window);
        return (CpuTime - before).TotalSeconds / wall.Elapsed.TotalSeconds;
    }

    // Adds up a metric's samples, with or without labels.
    private static double Sum(string metrics, string name)
    {
        var total = 0.0;
        foreach (var line in metrics.Split('\n'))
        {
            if (line.StartsWith(name, StringComparison.Ordinal) && line.Length > name.Length && line[name.Length] is ' ' or '{')
            {
                total += double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return total;
    }
}
