namespace Auralis.Protocol.Osc;

/// <summary>
/// OSC 1.0 address pattern matching: '?' one character, '*' any run, '[abc]' / '[a-z]' / '[!a-z]' one character of (or not
/// of) a set, '{foo,bar}' one of several words; every part between slashes is matched on its own, so no wildcard crosses a '/'.
/// </summary>
/// <remarks>
/// Patterns come from the network, so matching never backtracks: it walks the pattern once, carrying the set of positions in
/// the address part that can be reached so far, which bounds the work by pattern length × address length whatever the
/// pattern. A malformed pattern (an unclosed '[' or '{', a stray ']' or '}') matches nothing. Never throws.
/// </remarks>
public static class OscAddressPattern
{
    private const int StackLimit = 256;

    /// <summary>True when <paramref name="pattern"/> holds any of OSC's special characters: ? * [ ] { }.</summary>
    public static bool HasWildcards(ReadOnlySpan<char> pattern) => pattern.IndexOfAny("?*[]{}") >= 0;

    /// <summary>True when <paramref name="pattern"/> matches <paramref name="address"/>, part for part.</summary>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> address)
    {
        while (true)
        {
            var patternEnd = pattern.IndexOf('/');
            var addressEnd = address.IndexOf('/');
            if ((patternEnd < 0) != (addressEnd < 0))
            {
                return false;
            }

            if (patternEnd < 0)
            {
                return IsPartMatch(pattern, address);
            }

            if (!IsPartMatch(pattern[..patternEnd], address[..addressEnd]))
            {
                return false;
            }

            pattern = pattern[(patternEnd + 1)..];
            address = address[(addressEnd + 1)..];
        }
    }

    /// <summary>True when one part of a pattern (no '/') matches one part of an address.</summary>
    public static bool IsPartMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> part)
    {
        if (!HasWildcards(pattern))
        {
            return pattern.SequenceEqual(part);
        }

        var size = part.Length + 1;
        var reach = size <= StackLimit ? stackalloc bool[size] : new bool[size];
        var next = size <= StackLimit ? stackalloc bool[size] : new bool[size];
        reach.Clear();
        reach[0] = true;
        var p = 0;
        while (p < pattern.Length)
        {
            next.Clear();
            if (!Step(pattern, ref p, part, reach, next))
            {
                return false;
            }

            var swap = reach;
            reach = next;
            next = swap;
        }

        return reach[part.Length];
    }

    /// <summary>True when <paramref name="pattern"/> is well formed: every '[' and '{' closed within its part, no stray ']' or '}'.</summary>
    public static bool IsValid(ReadOnlySpan<char> pattern)
    {
        for (var p = 0; p < pattern.Length; p++)
        {
            var close = pattern[p] switch
            {
                '[' => ']',
                '{' => '}',
                ']' or '}' => '\0',
                _ => ' ',
            };
            if (close == '\0')
            {
                return false;
            }

            if (close != ' ')
            {
                var end = pattern[(p + 1)..].IndexOf(close);
                if (end < 0 || pattern.Slice(p + 1, end).Contains('/'))
                {
                    return false;
                }

                p += end + 1;
            }
        }

        return true;
    }

    /// <summary>Applies the pattern's next element to the reachable positions; false when nothing is reachable any more.</summary>
    private static bool Step(ReadOnlySpan<char> pattern, ref int p, ReadOnlySpan<char> part, Span<bool> reach, Span<bool> next)
    {
        var any = false;
        switch (pattern[p])
        {
            case '*':
                var first = reach.IndexOf(true);
                if (first < 0)
                {
                    return false;
                }

                next[first..].Fill(true);
                p++;
                return true;
            case '[':
            {
                var end = pattern[(p + 1)..].IndexOf(']');
                if (end < 0)
                {
                    return false;
                }

                var set = pattern.Slice(p + 1, end);
                for (var j = 0; j < part.Length; j++)
                {
                    any |= next[j + 1] = reach[j] && InSet(set, part[j]);
                }

                p += end + 2;
                return any;
            }

            case '{':
            {
                var end = pattern[(p + 1)..].IndexOf('}');
                if (end < 0)
                {
                    return false;
                }

                var words = pattern.Slice(p + 1, end);
                foreach (var range in words.Split(','))
                {
                    var word = words[range];
                    for (var j = 0; j + word.Length <= part.Length; j++)
                    {
                        if (reach[j] && part.Slice(j, word.Length).SequenceEqual(word))
                        {
                            any = next[j + word.Length] = true;
                        }
                    }
                }

                p += end + 2;
                return any;
            }

            case ']' or '}':
                return false;
            default:
                var literal = pattern[p];
                for (var j = 0; j < part.Length; j++)
                {
                    any |= next[j + 1] = reach[j] && (literal == '?' || part[j] == literal);
                }

                p++;
                return any;
        }
    }

    /// <summary>The inside of '[…]': a leading '!' negates; 'a-z' is a range unless the '-' is last.</summary>
    private static bool InSet(ReadOnlySpan<char> set, char c)
    {
        var negate = set.Length > 0 && set[0] == '!';
        var i = negate ? 1 : 0;
        while (i < set.Length)
        {
            if (i + 2 < set.Length && set[i + 1] == '-')
            {
                var (low, high) = set[i] <= set[i + 2] ? (set[i], set[i + 2]) : (set[i + 2], set[i]);
                if (c >= low && c <= high)
                {
                    return !negate;
                }

                i += 3;
            }
            else
            {
                if (c == set[i])
                {
                    return !negate;
                }

                i++;
            }
        }

        return negate;
    }
}
