namespace Auralis.Cli.Arguments;

/// <summary>One option a command accepts: its long name (without <c>--</c>), whether it takes a value, and whether it may be repeated.</summary>
public sealed record OptionSpec(string Name, bool TakesValue = true, bool Repeatable = false)
{
    /// <summary>An option that stands alone, such as <c>--help</c>.</summary>
    public static OptionSpec Flag(string name) => new(name, TakesValue: false);
}
