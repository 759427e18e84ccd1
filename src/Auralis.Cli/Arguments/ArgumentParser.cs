namespace Auralis.Cli.Arguments;

/// <summary>
/// Splits a command's arguments into positionals and options: <c>--name value</c>, <c>--name=value</c>, flags, and <c>--</c>
/// ending the options. Anything not declared is a usage error, so a typo never passes silently.
/// </summary>
public static class ArgumentParser
{
    /// <summary>Parses <paramref name="args"/> against <paramref name="options"/>; <c>--help</c> and <c>-h</c> are always accepted.</summary>
    public static ParsedArguments Parse(IReadOnlyList<string> args, params IReadOnlyList<OptionSpec> options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var specs = options.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var positionals = new List<string>();
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg is "--help" or "-h")
            {
                help = true;
                continue;
            }

            if (!arg.StartsWith('-') || arg == "-")
            {
                positionals.Add(arg);
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unknown option '{arg}' (options are written --name)");
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            if (!specs.TryGetValue(name, out var spec))
            {
                throw new UsageException($"unknown option '--{name}'{Suggestions.DidYouMean(name, specs.Keys, "--")}");
            }

            string value;
            if (!spec.TakesValue)
            {
                if (equals >= 0)
                {
                    throw new UsageException($"option '--{name}' takes no value");
                }

                value = string.Empty;
            }
            else if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !IsOption(args[i + 1]))
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"option '--{name}' needs a value");
            }

            if (!values.TryGetValue(name, out var list))
            {
                values[name] = list = [];
            }
            else if (!spec.Repeatable)
            {
                throw new UsageException($"option '--{name}' is given more than once");
            }

            list.Add(value);
        }

        return new ParsedArguments(positionals, values, help);
    }

    // A negative number is a value, not an option: "--set transpose -3" is not written that way, but "--seconds -1" should
    // reach the range check and say what is wrong with it.
    private static bool IsOption(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2 || arg == "-h";
}
