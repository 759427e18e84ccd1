using System.Collections.Concurrent;
using System.Diagnostics;

namespace Auralis.Node.Tests.Startup;

/// <summary>The node program run as a person runs it, its console captured line by line.</summary>
internal sealed class NodeRun : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _errors = new();

    private NodeRun(Process process) => _process = process;

    public IReadOnlyList<string> Output => [.. _output];

    public IReadOnlyList<string> Errors => [.. _errors];

    public int ExitCode => _process.ExitCode;

    public static NodeRun Start(params string[] args)
    {
        var node = typeof(NodeHost).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(node)!,
        };
        start.ArgumentList.Add(node);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The node process did not start.");
        var run = new NodeRun(process);
        process.OutputDataReceived += (_, line) => Keep(run._output, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(run._errors, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return run;
    }

    /// <summary>Waits until the program exits on its own, or fails the test after <paramref name="limit"/>.</summary>
    public async Task<int> ExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Asks the node to stop as Ctrl-C or a service manager does (SIGTERM) and waits until it has.</summary>
    public async Task<int> StopAsync(TimeSpan limit)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        return await ExitAsync(limit);
    }

    /// <summary>Waits until standard output has a line that <paramref name="wanted"/> accepts; fails when the program exits first.</summary>
    public async Task<string> LineAsync(Func<string, bool> wanted, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (_output.FirstOrDefault(wanted) is { } line)
            {
                return line;
            }

            if (_process.HasExited)
            {
                break;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No such line. Output:\n{string.Join('\n', _output)}\nErrors:\n{string.Join('\n', _errors)}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
