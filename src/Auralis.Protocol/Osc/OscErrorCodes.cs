namespace Auralis.Protocol.Osc;

/// <summary>The stable reason codes an OSC packet, stream or request is refused with: the node counts rejections by them.</summary>
/// <remarks>
/// A code never changes its meaning. Codec codes come from <see cref="OscReader"/> and the stream decoders
/// (<see cref="TooLarge"/>, <see cref="BadEscape"/>); <see cref="UnknownAddress"/> and <see cref="WrongArguments"/> come from
/// <see cref="OscRequests"/>, after the packet itself was well formed; <see cref="BadValue"/> from either. Unlike the JSON
/// <see cref="ErrorCodes"/>, these are counted rather than sent back: OSC has no error reply, and UDP senders are unverified.
/// </remarks>
public static class OscErrorCodes
{
    /// <summary>A packet, or a bundle element, of zero bytes.</summary>
    public const string Empty = "osc-empty";

    /// <summary>A packet (or a stream frame) longer than the configured limit.</summary>
    public const string TooLarge = "osc-too-large";

    /// <summary>A packet or bundle element whose size is not a multiple of 4, or a string or blob whose padding is not NUL.</summary>
    public const string Misaligned = "osc-misaligned";

    /// <summary>The packet ends inside a fixed-size field: an argument, a timetag, a blob's or an element's size.</summary>
    public const string Truncated = "osc-truncated";

    /// <summary>A string with no NUL before the end of its message, or whose bytes are not UTF-8.</summary>
    public const string NotAString = "osc-not-a-string";

    /// <summary>An address that does not start with '/' or holds a character outside printable ASCII.</summary>
    public const string BadAddress = "osc-bad-address";

    /// <summary>A packet that starts with '#' but not with the 8 bytes <c>#bundle\0</c>.</summary>
    public const string BadBundle = "osc-bad-bundle";

    /// <summary>A message with no type tag string after its address, or one that does not start with ','.</summary>
    public const string BadTypeTag = "osc-bad-type-tag";

    /// <summary>A type tag this codec does not know (arrays '[' ']' included).</summary>
    public const string UnknownType = "osc-unknown-type";

    /// <summary>A blob or bundle element whose size is negative or reaches past the end of what holds it.</summary>
    public const string LyingSize = "osc-lying-size";

    /// <summary>Bytes left after a message's last argument.</summary>
    public const string TrailingBytes = "osc-trailing-bytes";

    /// <summary>Bundles nested deeper than the configured limit.</summary>
    public const string TooDeep = "osc-too-deep";

    /// <summary>A SLIP escape byte followed by anything but ESC_END or ESC_ESC; the packet is dropped up to the next END.</summary>
    public const string BadEscape = "osc-bad-escape";

    /// <summary>A well-formed message whose address is not in the Auralis address space (or names a session by a pattern).</summary>
    public const string UnknownAddress = "osc-unknown-address";

    /// <summary>A well-formed message whose argument types do not fit its address.</summary>
    public const string WrongArguments = "osc-wrong-arguments";

    /// <summary>An argument of the right type with a value out of range: a char beyond U+FFFF, a non-finite parameter, a price not above 0.</summary>
    public const string BadValue = "osc-bad-value";
}
