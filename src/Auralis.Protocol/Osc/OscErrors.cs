using System.Globalization;

namespace Auralis.Protocol.Osc;

/// <summary>Builds the <see cref="ProtocolError"/> of each <see cref="OscErrorCodes"/> code.</summary>
internal static class OscErrors
{
    public static ProtocolError Empty(string what) => new(OscErrorCodes.Empty, $"{what} has no bytes.");

    public static ProtocolError TooLarge(long length, int limit) => new(OscErrorCodes.TooLarge,
        string.Create(CultureInfo.InvariantCulture, $"A packet of {length} bytes exceeds the limit of {limit} bytes."));

    public static ProtocolError Misaligned(string message) => new(OscErrorCodes.Misaligned, message);

    public static ProtocolError Truncated(string what, int at) => new(OscErrorCodes.Truncated,
        string.Create(CultureInfo.InvariantCulture, $"The packet ends inside {what} at byte {at}."));

    public static ProtocolError NotAString(string message) => new(OscErrorCodes.NotAString, message);

    public static ProtocolError BadAddress(string message) => new(OscErrorCodes.BadAddress, message);

    public static ProtocolError BadBundle() => new(OscErrorCodes.BadBundle, "A packet starting with '#' must start with '#bundle\\0'.");

    public static ProtocolError BadTypeTag(string message) => new(OscErrorCodes.BadTypeTag, message);

    public static ProtocolError UnknownType(byte tag, int at) => new(OscErrorCodes.UnknownType, string.Create(CultureInfo.InvariantCulture,
        $"Type tag 0x{tag:X2} ('{(tag is >= 0x20 and < 0x7F ? (char)tag : '?')}') at byte {at} is not one this codec reads."));

    public static ProtocolError LyingSize(string what, long size, int at, int available) => new(OscErrorCodes.LyingSize,
        string.Create(CultureInfo.InvariantCulture, $"{what} at byte {at} claims {size} bytes; {available} remain."));

    public static ProtocolError TrailingBytes(int count, int at) => new(OscErrorCodes.TrailingBytes,
        string.Create(CultureInfo.InvariantCulture, $"{count} bytes follow the message's last argument at byte {at}."));

    public static ProtocolError TooDeep(int limit) => new(OscErrorCodes.TooDeep,
        string.Create(CultureInfo.InvariantCulture, $"Bundles nest deeper than the limit of {limit}."));

    public static ProtocolError BadEscape(byte value) => new(OscErrorCodes.BadEscape,
        string.Create(CultureInfo.InvariantCulture, $"SLIP ESC is followed by 0x{value:X2}, not ESC_END (0xDC) or ESC_ESC (0xDD)."));

    public static ProtocolError UnknownAddress(string message) => new(OscErrorCodes.UnknownAddress, message);

    public static ProtocolError WrongArguments(string message) => new(OscErrorCodes.WrongArguments, message);

    public static ProtocolError BadValue(string message) => new(OscErrorCodes.BadValue, message);
}
