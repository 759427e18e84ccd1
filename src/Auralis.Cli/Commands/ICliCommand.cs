using Auralis.Cli.Arguments;

namespace Auralis.Cli.Commands;

/// <summary>One verb of <c>auralis</c>: its name, its usage text, and how it runs once its options are parsed.</summary>
public interface ICliCommand
{
    /// <summary>The verb, such as <c>replay</c>.</summary>
    string Name { get; }

    /// <summary>One line for the overview in <c>auralis --help</c>.</summary>
    string Summary { get; }

    /// <summary>The full usage text shown by <c>auralis help NAME</c> and after a usage error.</summary>
    string Usage { get; }

    /// <summary>The options the command accepts after the verb (besides <c>--help</c>, which <see cref="CliApp"/> answers with <see cref="Usage"/>).</summary>
    IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>
    /// Runs the command with the arguments after the verb, parsed against <see cref="Options"/>. Bad arguments throw
    /// <see cref="UsageException"/>; run-time failures throw <see cref="CliFailure"/>; the answer is the exit code otherwise.
    /// </summary>
    Task<int> RunAsync(ParsedArguments parsed, CliConsole console, CancellationToken cancellationToken);
}
