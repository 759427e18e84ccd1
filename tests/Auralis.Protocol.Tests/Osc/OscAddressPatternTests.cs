using Auralis.Protocol.Osc;

namespace Auralis.Protocol.Tests.Osc;

public class OscAddressPatternTests
{
    [Theory]
    [InlineData("/auralis/demo/param/tempo", "/auralis/demo/param/tempo", true)]
    [InlineData("/auralis/demo/param/tempo", "/auralis/demo/param/temp", false)]
    [InlineData("/auralis/demo/param", "/auralis/demo/param/tempo", false)]
    [InlineData("/auralis/demo/param/tempo/", "/auralis/demo/param/tempo", false)]
    public void A_pattern_without_wildcards_matches_only_the_same_address(string pattern, string address, bool expected) =>
        Assert.Equal(expected, OscAddressPattern.IsMatch(pattern, address));

    [Theory]
    [InlineData("/transport/st?p", "/transport/stop", true)]
    [InlineData("/transport/????", "/transport/play", true)]
    [InlineData("/transport/????", "/transport/seek2", false)]
    [InlineData("/a?b", "/a/b", false)]
    public void A_question_mark_matches_exactly_one_character_but_never_a_slash(string pattern, string address, bool expected) =>
        Assert.Equal(expected, OscAddressPattern.IsMatch(pattern, address));

    [Theory]
    [InlineData("/transport/*", "/transport/play", true)]
    [InlineData("/transport/*", "/transport/", true)]
    [InlineData("/transport/s*", "/transport/seek", true)]
    [InlineData("/transport/*p", "/transport/stop", true)]
    [InlineData("/transport/*p", "/transport/seek", false)]
    [InlineData("/*/demo/*", "/auralis/demo/price", true)]
    [InlineData("/*", "/auralis/demo", false)]
    [InlineData("/a*b*c", "/aXbYbZc", true)]
    [InlineData("/***a", "/bbba", true)]
    public void A_star_matches_any_run_of_characters_within_one_part(string pattern, string address, bool expected) =>
        Assert.Equal(expected, OscAddressPattern.IsMatch(pattern, address));

    [Theory]
    [InlineData("/voice/[abc]", "/voice/b", true)]
    [InlineData("/voice/[abc]", "/voice/d", false)]
    [InlineData("/voice/[0-9]", "/voice/7", true)]
    [InlineData("/voice/[a-cx-z]", "/voice/y", true)]
    [InlineData("/voice/[!a-z]", "/voice/Q", true)]
    [InlineData("/voice/[!a-z]", "/voice/q", false)]
    [InlineData("/voice/[a-]", "/voice/-", true)]
    [InlineData("/voice/[-a]", "/voice/-", true)]
    [InlineData("/voice/[a!]", "/voice/!", true)]
    [InlineData("/voice/[]", "/voice/a", false)]
    public void Brackets_match_one_character_of_a_set_a_range_or_the_negation_of_either(string pattern, string address, bool expected) =>
        Assert.Equal(expected, OscAddressPattern.IsMatch(pattern, address));

    [Theory]
    [InlineData("/transport/{play,stop}", "/transport/stop", true)]
    [InlineData("/transport/{play,stop}", "/transport/seek", false)]
    [InlineData("/{auralis,other}/x", "/auralis/x", true)]
    [InlineData("/note{,s}", "/note", true)]
    [InlineData("/note{,s}", "/notes", true)]
    [InlineData("/{a,ab}c", "/abc", true)]
    [InlineData("/*{price,beat}", "/auraprice", true)]
    public void Braces_match_any_one_of_their_comma_separated_words(string pattern, string address, bool expected) =>
        Assert.Equal(expected, OscAddressPattern.IsMatch(pattern, address));

    [Theory]
    [InlineData("/voice/[abc")]
    [InlineData("/transport/{play,stop")]
    [InlineData("/voice/abc]")]
    [InlineData("/transport/play}")]
    [InlineData("/voice/[a/b]")]
    public void A_malformed_pattern_matches_nothing_and_is_not_valid(string pattern)
    {
        Assert.False(OscAddressPattern.IsValid(pattern));
        Assert.False(OscAddressPattern.IsMatch(pattern, pattern));
        Assert.False(OscAddressPattern.IsMatch(pattern, "/voice/a"));
    }

    [Fact]
    public void A_pattern_built_to_make_backtracking_explode_is_answered_at_once()
    {
        var pattern = "/" + string.Concat(Enumerable.Repeat("*a", 2000)) + "b";
        var address = "/" + new string('a', 5000);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(OscAddressPattern.IsMatch(pattern, address));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Random_patterns_and_addresses_never_make_matching_throw()
    {
        const string Alphabet = "ab/?*[]{},!-";
        var random = new XorShift(0x9A77);
        for (var i = 0; i < 20_000; i++)
        {
            var pattern = string.Concat(Enumerable.Range(0, random.Below(12)).Select(_ => Alphabet[random.Below(Alphabet.Length)]));
            var address = string.Concat(Enumerable.Range(0, random.Below(8)).Select(_ => Alphabet[random.Below(3)]));
            var matched = OscAddressPattern.IsMatch(pattern, address);
            if (!OscAddressPattern.HasWildcards(pattern))
            {
                Assert.Equal(pattern == address, matched);
            }
        }
    }
}
