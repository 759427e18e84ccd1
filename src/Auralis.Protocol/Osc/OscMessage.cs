namespace Auralis.Protocol.Osc;

/// <summary>An OSC message: an address (or address pattern) and its arguments, whose tags make the type tag string.</summary>
public sealed record OscMessage : OscPacket
{
    private readonly OscArgument[] _arguments;

    /// <summary>Creates a message; the address must start with '/' and hold only printable ASCII.</summary>
    public OscMessage(string address, params ReadOnlySpan<OscArgument> arguments)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (OscAddressText.Check(address) is { } problem)
        {
            throw new ArgumentException(problem, nameof(address));
        }

        foreach (var argument in arguments)
        {
            ArgumentNullException.ThrowIfNull(argument, nameof(arguments));
        }

        Address = address;
        _arguments = arguments.ToArray();
    }

    /// <summary>The address or address pattern, starting with '/'.</summary>
    public string Address { get; }

    /// <summary>The arguments in order.</summary>
    public IReadOnlyList<OscArgument> Arguments => _arguments;

    /// <summary>The type tag string: ',' then each argument's tag.</summary>
    public string TypeTags => string.Create(_arguments.Length + 1, _arguments, static (chars, arguments) =>
    {
        chars[0] = ',';
        for (var i = 0; i < arguments.Length; i++)
        {
            chars[i + 1] = arguments[i].Tag;
        }
    });

    /// <summary>The message itself, to take effect immediately.</summary>
    public override IEnumerable<(OscTimeTag Time, OscMessage Message)> Messages() => [(OscTimeTag.Immediately, this)];

    /// <summary>Equal when the addresses and all arguments are equal.</summary>
    public bool Equals(OscMessage? other) => other is not null && string.Equals(Address, other.Address, StringComparison.Ordinal)
        && _arguments.AsSpan().SequenceEqual(other._arguments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Address), _arguments.Length);

    /// <inheritdoc />
    public override string ToString() => $"{Address} {TypeTags} [{string.Join(", ", _arguments.Select(a => a.ToString()))}]";
}
