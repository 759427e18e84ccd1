namespace Auralis.Protocol.Osc;

/// <summary>The one rule for an address or address pattern, shared by the message constructor and the reader.</summary>
internal static class OscAddressText
{
    /// <summary>Null when <paramref name="address"/> is acceptable, else why not.</summary>
    public static string? Check(ReadOnlySpan<char> address)
    {
        if (address.IsEmpty || address[0] != '/')
        {
            return "An OSC address starts with '/'.";
        }

        // OSC 1.0 addresses are printable ASCII; a space or control character is far more likely a framing error than a name.
        foreach (var c in address)
        {
            if (c is < '!' or > '~')
            {
                return $"An OSC address holds printable ASCII only; U+{(int)c:X4} is not.";
            }
        }

        return null;
    }
}
