using Auralis.Cli.Arguments;

namespace Auralis.Cli.Tests.Arguments;

public sealed class ArgumentParserTests
{
    private static readonly OptionSpec[] Specs = [new("out"), new("set", Repeatable: true), OptionSpec.Flag("quiet")];

    [Fact]
    public void Options_take_their_value_after_a_space_or_an_equals_sign()
    {
        var parsed = ArgumentParser.Parse(["demo", "--out", "a.wav", "--set=bpm=120", "--set", "mode=dorian", "--quiet"], Specs);

        Assert.Equal(["demo"], parsed.Positionals);
        Assert.Equal("a.wav", parsed.Value("out"));
        Assert.Equal(["bpm=120", "mode=dorian"], parsed.Values("set"));
        Assert.True(parsed.Has("quiet"));
        Assert.False(parsed.Help);
    }

    [Theory]
    [InlineData("--nope", "unknown option '--nope'")]
    [InlineData("-x", "unknown option '-x'")]
    [InlineData("--out", "option '--out' needs a value")]
    [InlineData("--quiet=yes", "option '--quiet' takes no value")]
    public void Mistakes_are_usage_errors_that_say_what_is_wrong(string arg, string message)
    {
        var error = Assert.Throws<UsageException>(() => ArgumentParser.Parse(["demo", arg], Specs));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_option_given_twice_is_refused_and_a_repeatable_one_is_not()
    {
        Assert.Throws<UsageException>(() => ArgumentParser.Parse(["--out", "a", "--out", "b"], Specs));
        Assert.Equal(3, ArgumentParser.Parse(["--set", "a=1", "--set", "b=2", "--set", "c=3"], Specs).Values("set").Count);
    }

    [Fact]
    public void An_option_followed_by_another_option_has_no_value()
    {
        Assert.Throws<UsageException>(() => ArgumentParser.Parse(["--out", "--quiet"], Specs));
    }

    [Fact]
    public void Help_is_recognised_anywhere_and_a_double_dash_ends_the_options()
    {
        Assert.True(ArgumentParser.Parse(["demo", "-h"], Specs).Help);
        Assert.Equal(["--out"], ArgumentParser.Parse(["--", "--out"], Specs).Positionals);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("ten")]
    [InlineData("NaN")]
    public void A_positive_number_option_refuses_anything_else(string value)
    {
        var parsed = ArgumentParser.Parse(["--out", value], Specs);

        Assert.Throws<UsageException>(() => parsed.PositiveNumber("out"));
        Assert.Throws<UsageException>(() => parsed.PositiveInteger("out"));
    }
}
