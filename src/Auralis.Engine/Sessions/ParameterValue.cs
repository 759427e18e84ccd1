using System.Globalization;

namespace Auralis.Engine.Sessions;

/// <summary>A parameter's value as a listener sends it: a number or a word.</summary>
public readonly record struct ParameterValue(double? Number, string? Text)
{
    /// <summary>A numeric value.</summary>
    public static ParameterValue Of(double number) => new(number, null);

    /// <summary>A textual value.</summary>
    public static ParameterValue Of(string text) => new(null, text);

    /// <summary>The value as text, numbers in invariant round-trip form.</summary>
    public override string ToString() => Number is { } number ? number.ToString("R", CultureInfo.InvariantCulture) : Text ?? string.Empty;
}
