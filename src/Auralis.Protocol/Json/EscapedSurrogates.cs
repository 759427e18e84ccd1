using System.Globalization;

namespace Auralis.Protocol.Json;

/// <summary>
/// Finds <c>\uXXXX</c> escapes that form no valid UTF-16 pair. JSON's grammar allows them, but System.Text.Json throws
/// <see cref="InvalidOperationException"/> when it turns one into a string, so they are refused before parsing.
/// </summary>
internal static class EscapedSurrogates
{
    /// <summary>True when every escaped surrogate in <paramref name="utf8"/> is half of a high-low pair.</summary>
    public static bool AreValid(ReadOnlySpan<byte> utf8)
    {
        // A backslash is only legal inside a string, where it always starts an escape, so stepping over escapes
        // two bytes (or six for \u) at a time keeps "\\uD800" (an escaped backslash, then text) from being misread.
        var i = utf8.IndexOf((byte)'\\');
        if (i < 0)
        {
            return true;
        }

        var expectLow = false;
        while (i < utf8.Length)
        {
            if (utf8[i] != (byte)'\\')
            {
                if (expectLow)
                {
                    return false;
                }

                i++;
                continue;
            }

            if (i + 1 >= utf8.Length)
            {
                return !expectLow;
            }

            if (utf8[i + 1] != (byte)'u' || i + 6 > utf8.Length || !TryHex(utf8.Slice(i + 2, 4), out var unit))
            {
                if (expectLow)
                {
                    return false;
                }

                i += 2;
                continue;
            }

            var isHigh = unit is >= 0xD800 and <= 0xDBFF;
            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if (expectLow != isLow)
            {
                return false;
            }

            expectLow = isHigh;
            i += 6;
        }

        return !expectLow;
    }

    private static bool TryHex(ReadOnlySpan<byte> digits, out int value) =>
        int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
}
