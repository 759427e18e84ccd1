using System.Globalization;

namespace Auralis.Engine.Sessions;

/// <summary>What one session parameter accepts: a number in a range, or one of a set of words checked by a rule.</summary>
public sealed record ParameterSpec(string Name, string Description, ParameterValue Default, double? Min = null, double? Max = null,
    IReadOnlyList<string>? Choices = null, Func<string, string?>? CheckText = null, bool Whole = false)
{
    /// <summary>True when the parameter takes a number.</summary>
    public bool IsNumeric => Min is not null;

    /// <summary>
    /// The canonical form of <paramref name="value"/>, or the reason it is refused. Numbers may arrive as text ("120")
    /// and are parsed invariantly; words are matched without regard to case.
    /// </summary>
    public (ParameterValue Value, string? Error) Validate(ParameterValue value)
    {
        if (IsNumeric)
        {
            var number = value.Number;
            if (number is null && double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                number = parsed;
            }

            if (number is not { } n || double.IsNaN(n) || double.IsInfinity(n))
            {
                return (value, $"{Name} takes a number from {Format(Min!.Value)} to {Format(Max!.Value)}, not '{value}'.");
            }

            if (Whole && n != Math.Floor(n))
            {
                return (value, $"{Name} takes a whole number from {Format(Min!.Value)} to {Format(Max!.Value)}; {Format(n)} is not one.");
            }

            return n < Min || n > Max
                ? (value, $"{Name} must lie between {Format(Min!.Value)} and {Format(Max!.Value)}; {Format(n)} is out of range.")
                : (ParameterValue.Of(n), null);
        }

        var text = value.Text ?? value.ToString();
        if (Choices is not null)
        {
            var match = Choices.FirstOrDefault(c => string.Equals(c, text.Trim(), StringComparison.OrdinalIgnoreCase));
            return match is null
                ? (value, $"{Name} must be one of {string.Join(", ", Choices)}; '{text}' is not.")
                : (ParameterValue.Of(match), null);
        }

        var error = CheckText?.Invoke(text);
        return error is null ? (ParameterValue.Of(text.Trim()), null) : (value, $"{Name}: {error}");
    }

    private static string Format(double number) => number.ToString("0.###", CultureInfo.InvariantCulture);
}
