using System.Globalization;

namespace Auralis.Cli.Arguments;

/// <summary>A command's arguments once split: the positionals in order, each option's values, and whether help was asked for.</summary>
public sealed class ParsedArguments(IReadOnlyList<string> positionals, IReadOnlyDictionary<string, List<string>> values, bool help)
{
    /// <summary>The arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Positionals { get; } = positionals;

    /// <summary>True when <c>--help</c> or <c>-h</c> was given.</summary>
    public bool Help { get; } = help;

    /// <summary>True when the option was given.</summary>
    public bool Has(string name) => values.ContainsKey(name);

    /// <summary>The option's value, or null when it was not given.</summary>
    public string? Value(string name) => values.TryGetValue(name, out var list) ? list[^1] : null;

    /// <summary>Every value of a repeatable option, in order.</summary>
    public IReadOnlyList<string> Values(string name) => values.TryGetValue(name, out var list) ? list : [];

    /// <summary>The one positional a command takes (such as the session id); none or several is a usage error.</summary>
    public string Single(string what)
    {
        return Positionals.Count switch
        {
            0 => throw new UsageException($"missing {what}"),
            1 => Positionals[0],
            _ => throw new UsageException($"unexpected argument '{Positionals[1]}'"),
        };
    }

    /// <summary>The option as a number greater than 0, or null when it was not given.</summary>
    public double? PositiveNumber(string name)
    {
        if (Value(name) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number) || number <= 0)
        {
            throw new UsageException($"--{name} needs a number greater than 0, not '{text}'");
        }

        return number;
    }

    /// <summary>The option as a whole number greater than 0, or null when it was not given.</summary>
    public int? PositiveInteger(string name)
    {
        if (Value(name) is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            throw new UsageException($"--{name} needs a whole number greater than 0, not '{text}'");
        }

        return number;
    }

    /// <summary>Refuses two options that exclude each other.</summary>
    public void Exclusive(string first, string second)
    {
        if (Has(first) && Has(second))
        {
            throw new UsageException($"--{first} and --{second} cannot be used together");
        }
    }
}
