using System.Diagnostics;

namespace Auralis.Node.Tests.Speakers;

/// <summary>The <c>auralis</c> CLI of this build in a process of its own, as a user runs it, with an environment of the test's choosing.</summary>
internal sealed record CliProcess(int ExitCode, string Out, string Error)
{
    public static async Task<CliProcess> RunAsync(Action<ProcessStartInfo> environment, params string[] args)
    {
        var cli = typeof(Auralis.Cli.CliApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        environment(start);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the CLI did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(limit.Token);
        return new CliProcess(process.ExitCode, await output, await error);
    }
}
