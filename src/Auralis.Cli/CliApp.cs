using Auralis.Cli.Arguments;
using Auralis.Cli.Commands;

namespace Auralis.Cli;

/// <summary>The <c>auralis</c> command line, runnable in-process: picks the command, runs it, and turns failures into one line and an exit code.</summary>
public static class CliApp
{
    /// <summary>Every command, in the order the overview lists them.</summary>
    public static IReadOnlyList<ICliCommand> Commands { get; } = [new ConnectCommand(), new SessionsCommand(), new ClusterCommand(), new ReplayCommand()];

    /// <summary>The overview printed by <c>auralis --help</c> and for a missing or unknown command.</summary>
    public static string Overview =>
        "usage: auralis COMMAND [options]\n\ncommands:\n"
        + string.Concat(Commands.Select(c => $"  {c.Name,-10}{c.Summary}\n"))
        + "  help CMD  the usage of one command\n  --version the version of this build\n\nexit codes: 0 done, 1 failed, 2 bad usage\n";

    /// <summary>This build's version (the informational version, with the commit when the build knew it).</summary>
    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion
        ?? typeof(CliApp).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>Runs <c>auralis</c> with <paramref name="args"/> writing to <paramref name="stdout"/> and <paramref name="stderr"/> (neither a terminal).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliConsole(stdout, stderr), cancellationToken);

    /// <summary>Runs <c>auralis</c> with <paramref name="args"/> and answers the exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (args.Length == 0)
        {
            await console.Error.WriteAsync(Overview).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (args[0] is "--help" or "-h")
        {
            await console.Out.WriteAsync(Overview).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        if (args[0] is "--version" or "version")
        {
            await console.Out.WriteLineAsync($"auralis {Version}").ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        if (args[0] == "help")
        {
            return await HelpAsync(args.Skip(1).ToArray(), console).ConfigureAwait(false);
        }

        var command = Find(args[0]);
        if (command is null)
        {
            await console.Error.WriteLineAsync($"auralis: unknown command '{args[0]}'{Suggestions.DidYouMean(args[0], Commands.Select(c => c.Name))}").ConfigureAwait(false);
            await console.Error.WriteAsync(Overview).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            var parsed = ArgumentParser.Parse(args[1..], command.Options);
            if (parsed.Help)
            {
                await console.Out.WriteAsync(command.Usage).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            return await command.RunAsync(parsed, console, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await console.Error.WriteLineAsync($"auralis {command.Name}: {e.Message}").ConfigureAwait(false);
            await console.Error.WriteAsync(command.Usage).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (CliFailure e)
        {
            await console.Error.WriteLineAsync($"auralis {command.Name}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file that cannot be written is the user's to fix, not a crash to report.
            await console.Error.WriteLineAsync($"auralis {command.Name}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
    }

    private static ICliCommand? Find(string name) => Commands.FirstOrDefault(c => c.Name == name);

    private static async Task<int> HelpAsync(string[] args, CliConsole console)
    {
        if (args.Length == 0)
        {
            await console.Out.WriteAsync(Overview).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        if (args.Length > 1 || Find(args[0]) is not { } command)
        {
            await console.Error.WriteLineAsync($"auralis help: unknown command '{string.Join(' ', args)}'").ConfigureAwait(false);
            await console.Error.WriteAsync(Overview).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        await console.Out.WriteAsync(command.Usage).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
