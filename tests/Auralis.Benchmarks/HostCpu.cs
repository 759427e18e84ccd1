using System.Globalization;

namespace Auralis.Benchmarks;

/// <summary>
/// The whole host's CPU from <c>/proc/stat</c> (Linux; zeros elsewhere): how busy the cores were over a phase, whoever
/// used them, so a figure measured beside other work says so.
/// </summary>
internal readonly record struct HostCpu(long Busy, long Total)
{
    public static HostCpu Read()
    {
        if (!File.Exists("/proc/stat"))
        {
            return default;
        }

        // "cpu  user nice system idle iowait irq softirq steal ...": idle and iowait are the idle part.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        return new HostCpu(total - fields[3] - fields[4], total);
    }

    /// <summary>The fraction of all cores busy between <paramref name="earlier"/> and this reading.</summary>
    public double BusySince(HostCpu earlier) => Total == earlier.Total ? 0 : (double)(Busy - earlier.Busy) / (Total - earlier.Total);

    /// <summary>The host's 1-minute load average, or "?" where it cannot be read.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
