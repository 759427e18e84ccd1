using System.Globalization;
using System.Text.Json.Serialization;

namespace Auralis.Protocol.Messages;

/// <summary>A parameter's value on the wire: a finite JSON number or a JSON string.</summary>
/// <remarks>The default value is the number 0, so a <see cref="WireValue"/> always holds exactly one of the two.</remarks>
[JsonConverter(typeof(WireValueJsonConverter))]
public readonly struct WireValue : IEquatable<WireValue>
{
    private readonly double _number;
    private readonly string? _text;

    private WireValue(double number, string? text)
    {
        _number = number;
        _text = text;
    }

    /// <summary>True when the value is a number.</summary>
    public bool IsNumber => _text is null;

    /// <summary>The number, or null when the value is text.</summary>
    public double? Number => _text is null ? _number : null;

    /// <summary>The text, or null when the value is a number.</summary>
    public string? Text => _text;

    /// <summary>A numeric value; JSON has no NaN or infinity, so those are refused.</summary>
    public static WireValue Of(double number) => double.IsFinite(number)
        ? new WireValue(number, null)
        : throw new ArgumentOutOfRangeException(nameof(number), number, "A wire value must be a finite number: JSON cannot carry NaN or infinity.");

    /// <summary>A textual value.</summary>
    public static WireValue Of(string text) => new(0, text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>A numeric value.</summary>
    public static implicit operator WireValue(double number) => Of(number);

    /// <summary>A textual value.</summary>
    public static implicit operator WireValue(string text) => Of(text);

    /// <summary>True when both are the same number (bit for bit equal as doubles compare) or the same text (ordinal).</summary>
    public static bool operator ==(WireValue left, WireValue right) => left.Equals(right);

    /// <summary>True when the values differ.</summary>
    public static bool operator !=(WireValue left, WireValue right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(WireValue other) => _text is null
        ? other._text is null && _number.Equals(other._number)
        : string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WireValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _text is null ? _number.GetHashCode() : StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>The text, or the number in invariant round-trip form.</summary>
    public override string ToString() => _text ?? _number.ToString("R", CultureInfo.InvariantCulture);
}
